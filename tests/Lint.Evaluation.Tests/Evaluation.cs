using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Evaluation.Tests;

/// <summary>
/// Runs the injection study once per test process: lints every clean article and every variant, and decides for each
/// variant whether the injected error was found (a finding of its rule overlapping or touching one of its sites) and
/// which findings are false positives (any other finding of the four rules that the clean article did not have).
/// </summary>
public static class Evaluation
{
    private static readonly Lazy<IReadOnlyList<VariantOutcome>> OutcomesValue = new(Run);

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<LintDiagnostic>>> CleanValue = new(() =>
        Corpus.Articles.ToDictionary(a => a.Name, a => LintRunner.Lint(a.Text, a.RelativePath, a.Format), StringComparer.Ordinal));

    /// <summary>The findings on each clean article, by file name: the baseline every variant is compared with.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<LintDiagnostic>> Clean => CleanValue.Value;

    /// <summary>The outcome of every variant, in corpus and injection order.</summary>
    public static IReadOnlyList<VariantOutcome> Outcomes => OutcomesValue.Value;

    /// <summary>Whether two spans share a code unit or touch end to start.</summary>
    public static bool OverlapsOrTouches(TextSpan a, TextSpan b) => Math.Max(a.Start, b.Start) <= Math.Min(a.End, b.End);

    private static IReadOnlyList<VariantOutcome> Run()
    {
        // Sequential on purpose: the engine makes no thread-safety promise, and a few hundred lints take seconds.
        var outcomes = new List<VariantOutcome>();
        foreach (var article in Corpus.Articles)
        {
            var clean = Clean[article.Name];
            outcomes.AddRange(Injector.Create(article).Select(injection => Score(injection, clean)));
        }

        return outcomes;
    }

    private static VariantOutcome Score(Injection injection, IReadOnlyList<LintDiagnostic> clean)
    {
        var article = injection.Article;
        var findings = LintRunner.Lint(injection.Text, article.RelativePath, article.Format);
        var baseline = clean
            .Select(d => (d.RuleId, Span: injection.MapFromClean(d.Span)))
            .Where(d => d.Span is not null)
            .ToList();
        var detected = false;
        var spurious = new List<LintDiagnostic>();
        foreach (var finding in findings)
        {
            if (finding.RuleId == injection.RuleId && injection.Sites.Any(site => OverlapsOrTouches(site, finding.Span)))
            {
                detected = true;
                continue;
            }

            if (baseline.Any(b => b.RuleId == finding.RuleId && b.Span == finding.Span)) continue;
            spurious.Add(finding);
        }

        return new VariantOutcome(injection, detected, spurious);
    }
}

using System.Text;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Evaluation.Tests;

/// <summary>Writes the evaluation as text: the score table, recall by kind of injection, and every miss and false alarm with the text around it.</summary>
public static class Report
{
    private const int ContextChars = 50;

    /// <summary>The score of every check over plain text, Markdown and both.</summary>
    public static IReadOnlyList<CheckScore> Scores(IReadOnlyList<VariantOutcome> outcomes) =>
    [
        .. LintRunner.CheckedIds.SelectMany(id => new[]
        {
            CheckScore.Compute(id, "txt", outcomes.Where(o => o.Injection.Article.FormatName == "txt"), CleanFindings(id, "txt")),
            CheckScore.Compute(id, "md", outcomes.Where(o => o.Injection.Article.FormatName == "md"), CleanFindings(id, "md")),
            CheckScore.Compute(id, "all", outcomes, CleanFindings(id, null)),
        }),
    ];

    /// <summary>Findings of <paramref name="ruleId"/> in the clean articles of one format (null: both).</summary>
    public static int CleanFindings(string ruleId, string? format) =>
        Corpus.Articles.Where(a => format is null || a.FormatName == format)
            .Sum(a => Evaluation.Clean[a.Name].Count(d => d.RuleId == ruleId));

    /// <summary>The whole report.</summary>
    public static string Write(IReadOnlyList<VariantOutcome> outcomes)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Lint evaluation: {Corpus.Articles.Count} articles, {outcomes.Count} variants, seed {Injector.Seed}, reference date {LintRunner.ReferenceDate}");
        sb.AppendLine();
        sb.AppendLine(CheckScore.Header);
        foreach (var score in Scores(outcomes)) sb.AppendLine(score.ToRow());
        sb.AppendLine("FP counts findings in a variant that the clean article did not have (the brief's definition); clean FP counts");
        sb.AppendLine("findings in the clean articles themselves, all false since the corpus is correct; prec+clean adds them to FP.");

        sb.AppendLine();
        sb.AppendLine("Recall by kind of injection:");
        foreach (var group in outcomes.GroupBy(o => (o.Injection.RuleId, o.Injection.Subtype)).OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Subtype, StringComparer.Ordinal))
        {
            var found = group.Count(o => o.Detected);
            sb.AppendLine($"  {group.Key.RuleId} {group.Key.Subtype,-32} {found,4}/{group.Count(),-4} {(double)found / group.Count():0.000}");
        }

        var misses = outcomes.Where(o => !o.Detected).ToList();
        sb.AppendLine();
        sb.AppendLine($"False negatives ({misses.Count}):");
        foreach (var miss in misses)
        {
            var injection = miss.Injection;
            var site = injection.Sites[^1];
            sb.AppendLine($"  FN {injection.RuleId} {injection.Article.Name}({Line(injection.Text, site.Start)}): {injection.Description}");
            sb.AppendLine($"       text: {Context(injection.Text, site)}");
            if (injection.RuleId == "ED1001")
            {
                var note = GazetteerNotes.Explain(injection.Original, injection.Text.Substring(site.Start, site.Length));
                if (note.Length > 0) sb.AppendLine($"       note: {note}");
            }

            var found = LintRunner.Lint(injection.Text, injection.Article.RelativePath, injection.Article.Format).Where(d => d.RuleId == injection.RuleId).ToList();
            if (found.Count > 0) sb.AppendLine($"       {injection.RuleId} reported elsewhere: {string.Join("; ", found.Select(Describe))}");
        }

        var alarms = outcomes.SelectMany(o => o.Spurious.Select(d => (o.Injection, Finding: d))).ToList();
        sb.AppendLine();
        sb.AppendLine($"False positives ({alarms.Count}):");
        foreach (var (injection, finding) in alarms)
        {
            sb.AppendLine($"  FP {finding.RuleId} {injection.Article.Name}({finding.Location.Start.Line},{finding.Location.Start.Column}): {finding.Message}");
            sb.AppendLine($"       while injecting {injection.RuleId}: {injection.Description}");
            sb.AppendLine($"       text: {Context(injection.Text, finding.Span)}");
        }

        return sb.ToString();
    }

    /// <summary>Every injection with its result, one a line, for reviewing what the injector did.</summary>
    public static string WriteInjections(IReadOnlyList<VariantOutcome> outcomes)
    {
        var sb = new StringBuilder();
        foreach (var outcome in outcomes)
        {
            var injection = outcome.Injection;
            var mark = outcome.Detected ? "found" : "MISSED";
            sb.AppendLine($"{mark,-6} {injection.RuleId} {injection.Article.Name}({Line(injection.Text, injection.Sites[^1].Start)}) [{injection.Subtype}] {injection.Description}");
        }

        return sb.ToString();
    }

    /// <summary>A finding as <c>file(line,col): ID message</c>.</summary>
    public static string Format(string path, LintDiagnostic diagnostic) =>
        $"{path}({diagnostic.Location.Start.Line},{diagnostic.Location.Start.Column}): {diagnostic.RuleId} {diagnostic.Message}";

    /// <summary>The text around <paramref name="span"/> with the span in [[ ]] and line breaks shown as ⏎.</summary>
    public static string Context(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - ContextChars);
        var to = Math.Min(text.Length, span.End + ContextChars);
        var before = text.Substring(from, span.Start - from);
        var inside = text.Substring(span.Start, span.Length);
        var after = text.Substring(span.End, to - span.End);
        return ("…" + before + "[[" + inside + "]]" + after + "…").Replace("\n", "⏎", StringComparison.Ordinal);
    }

    private static string Describe(LintDiagnostic d) => $"({d.Location.Start.Line},{d.Location.Start.Column}) {d.Message}";

    private static int Line(string text, int offset) => text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n') + 1;
}

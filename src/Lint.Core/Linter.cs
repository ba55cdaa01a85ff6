using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;
using Lint.Suppression;
using Lint.Text;

namespace Lint;

/// <summary>The single entry point every host uses: parse once, run each enabled rule, sort, apply in-text directives.</summary>
public sealed class Linter(RuleCatalog catalog)
{
    /// <summary>The rules this linter runs.</summary>
    public RuleCatalog Catalog { get; } = catalog;

    /// <summary>
    /// Lints one article; the format comes from the path unless given. An article that cannot be parsed (Markdown
    /// nested deeper than the parser allows) is one finding, not an exception: the other files of a run go on.
    /// </summary>
    public IReadOnlyList<LintDiagnostic> Lint(SourceText source, LintConfiguration configuration, ArticleFormat? format = null)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        Article article;
        try
        {
            article = ArticleParser.Parse(source, format ?? ArticleParser.FormatFromPath(source.Path));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var reason = ex is ArticleParseException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}; please report it";
            return [new LintDiagnostic(EngineRules.CheckFailed.Id, Severity.Error, $"the article could not be parsed, so no rule checked it: {reason}", default, FileStart)];
        }

        return Lint(article, configuration);
    }

    /// <summary>Where findings about the whole file go: its first character.</summary>
    private static readonly LinePositionSpan FileStart = new(new LinePosition(1, 1), new LinePosition(1, 1));

    /// <summary>
    /// From this length (in characters) an article's rules run in parallel: a single very long file (a book, an
    /// archive dump) would otherwise keep one core busy while the others wait. The output is the same either way.
    /// </summary>
    public const int ParallelRulesFrom = 1 << 18;

    /// <summary>Lints an article already parsed.</summary>
    public IReadOnlyList<LintDiagnostic> Lint(Article article, LintConfiguration configuration)
    {
        var rules = Catalog.Rules;
        var found = new List<LintDiagnostic>[rules.Count];
        if (article.Source.Length >= ParallelRulesFrom && Environment.ProcessorCount > 1)
        {
            // One rule at a time to whichever worker is free, the costliest kinds first, so that neither waits at the end.
            var order = Enumerable.Range(0, rules.Count).OrderBy(i => Cost(rules[i].Check)).ToArray();
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(order, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
                i => found[i] = Run(rules[i], article, configuration));
        }
        else
        {
            for (var i = 0; i < rules.Count; i++) found[i] = Run(rules[i], article, configuration);
        }

        // In rule order whichever way they ran, so that the sort below sees the same list.
        var diagnostics = new List<LintDiagnostic>(found.Sum(f => f.Count));
        foreach (var list in found) diagnostics.AddRange(list);

        var suppressions = SuppressionMap.Create(article.Source, name => Catalog.FindByIdOrName(name)?.Id ?? EngineRules.All.FirstOrDefault(r => r.Id.Equals(name, StringComparison.OrdinalIgnoreCase))?.Id);
        if (!suppressions.IsEmpty)
        {
            for (var i = 0; i < diagnostics.Count; i++) diagnostics[i] = suppressions.Apply(diagnostics[i]);
        }

        diagnostics.AddRange(suppressions.Problems);

        diagnostics.Sort(Compare);
        return diagnostics;
    }

    private static List<LintDiagnostic> Run(Rule rule, Article article, LintConfiguration configuration)
    {
        var found = new List<LintDiagnostic>();
        var severity = configuration.EffectiveSeverity(rule.Descriptor);
        if (severity == Severity.None) return found;
        try
        {
            rule.Check.Run(new CheckContext(article, rule, severity, configuration, found));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException ex)
        {
            // A pattern that backtracks without end where no linear-time engine exists (an analyzer on .NET Framework).
            found.Clear();
            found.Add(new LintDiagnostic(EngineRules.CheckFailed.Id, Severity.Error,
                $"rule {rule.Id}'s pattern took too long on this file and was stopped after {(long)ex.MatchTimeout.TotalMilliseconds} ms, so the rule " +
                "reports nothing here; rewrite the pattern so that no two ways of repeating or alternating match the same text", default, FileStart));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One failing check must not take the file, or the run, down with it.
            found.Clear();
            found.Add(new LintDiagnostic(EngineRules.CheckFailed.Id, Severity.Error,
                $"rule {rule.Id} failed on this file ({ex.GetType().Name}: {ex.Message}); please report it", default, FileStart));
        }

        return found;
    }

    /// <summary>
    /// How early a rule starts when an article's rules run in parallel: the kinds that read every paragraph's whole text
    /// and keep tables of it first (measured on a 50 MB article: duplicated text takes as long as all the others together).
    /// </summary>
    private static int Cost(ICheck check) => check switch
    {
        Checks.DuplicateTextCheck => 0,
        Checks.TerminalPunctuationCheck or Checks.NameVariantsCheck or Checks.RepetitionCheck => 1,
        _ => 2,
    };

    /// <summary>Report order: line, column, rule id, message.</summary>
    public static int Compare(LintDiagnostic a, LintDiagnostic b)
    {
        var c = a.Location.Start.CompareTo(b.Location.Start);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.RuleId, b.RuleId);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}

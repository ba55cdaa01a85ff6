using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;
using Lint.Suppression;
using Lint.Text;

namespace Lint;

/// <summary>
/// The single entry point every host uses: parse once, run each enabled rule, sort, apply in-text directives. The rules
/// run one after another unless the host passes a <paramref name="runner"/> (see <see cref="IRuleRunner"/>).
/// </summary>
public sealed class Linter(RuleCatalog catalog, IRuleRunner? runner = null)
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
            return [LintDiagnostic.AtFileStart(EngineRules.CheckFailed, $"the article could not be parsed, so no rule checked it: {reason}")];
        }

        return Lint(article, configuration);
    }

    /// <summary>Lints an article already parsed.</summary>
    public IReadOnlyList<LintDiagnostic> Lint(Article article, LintConfiguration configuration)
    {
        var rules = Catalog.Rules;
        var found = new List<LintDiagnostic>[rules.Count];
        if (runner is null)
        {
            for (var i = 0; i < rules.Count; i++) found[i] = Run(rules[i], article, configuration);
        }
        else
        {
            runner.RunAll(article, rules, i => found[i] = Run(rules[i], article, configuration));
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
            found.Add(LintDiagnostic.AtFileStart(EngineRules.CheckFailed,
                $"rule {rule.Id}'s pattern took too long on this file and was stopped after {(long)ex.MatchTimeout.TotalMilliseconds} ms, so the rule " +
                "reports nothing here; rewrite the pattern so that no two ways of repeating or alternating match the same text"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One failing check must not take the file, or the run, down with it.
            found.Clear();
            found.Add(LintDiagnostic.AtFileStart(EngineRules.CheckFailed, $"rule {rule.Id} failed on this file ({ex.GetType().Name}: {ex.Message}); please report it"));
        }

        return found;
    }

    /// <summary>Report order: line, column, rule id, message.</summary>
    public static int Compare(LintDiagnostic a, LintDiagnostic b)
    {
        var c = a.Location.Start.CompareTo(b.Location.Start);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.RuleId, b.RuleId);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}

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

    /// <summary>Lints one article; the format comes from the path unless given.</summary>
    public IReadOnlyList<LintDiagnostic> Lint(SourceText source, LintConfiguration configuration, ArticleFormat? format = null) =>
        Lint(ArticleParser.Parse(source, format ?? ArticleParser.FormatFromPath(source.Path)), configuration);

    /// <summary>Lints an article already parsed.</summary>
    public IReadOnlyList<LintDiagnostic> Lint(Article article, LintConfiguration configuration)
    {
        var diagnostics = new List<LintDiagnostic>();
        foreach (var rule in Catalog.Rules)
        {
            var severity = configuration.EffectiveSeverity(rule.Descriptor);
            if (severity == Severity.None) continue;
            var found = new List<LintDiagnostic>();
            try
            {
                rule.Check.Run(new CheckContext(article, rule, severity, configuration, found));
                diagnostics.AddRange(found);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // One failing check must not take the file, or the run, down with it.
                var location = new LinePositionSpan(new LinePosition(1, 1), new LinePosition(1, 1));
                diagnostics.Add(new LintDiagnostic(EngineRules.CheckFailed.Id, Severity.Error,
                    $"rule {rule.Id} failed on this file ({ex.GetType().Name}: {ex.Message}); please report it", default, location));
            }
        }

        var suppressions = SuppressionMap.Create(article.Source);
        if (!suppressions.IsEmpty)
        {
            for (var i = 0; i < diagnostics.Count; i++) diagnostics[i] = suppressions.Apply(diagnostics[i]);
        }

        diagnostics.Sort(Compare);
        return diagnostics;
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

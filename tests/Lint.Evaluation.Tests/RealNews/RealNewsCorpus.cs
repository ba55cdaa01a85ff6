using Lint.Articles;
using Lint.Configuration;
using Lint.Testing;
using Lint.Text;

namespace Lint.Evaluation.Tests.RealNews;

/// <summary>
/// The real published articles of ../shared/corpus that Lint reads (the plain-text, Markdown and HTML families),
/// linted once per test process with the built-in pack, every rule at its default severity (those shipped switched
/// off as well), as of the date the corpus verdicts assume.
/// </summary>
public static class RealNewsCorpus
{
    /// <summary>"Today" for the time-aware rules, as for the seeds and the before-stop check.</summary>
    public static readonly ReferenceDate ReferenceDate = new(2026, 11, 22);

    /// <summary>Characters of text shown on each side of a finding.</summary>
    private const int ContextChars = 60;

    private static readonly Lazy<RealNewsRun> RunValue = new(Run);

    /// <summary>The folder of the corpus.</summary>
    public static string Root => Path.Combine(Repository.Shared, "corpus");

    /// <summary>The findings and the number of articles of each family.</summary>
    public static RealNewsRun Result => RunValue.Value;

    /// <summary>Whether a file is an article Lint reads: plain text, Markdown or HTML.</summary>
    public static bool IsArticle(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    private static RealNewsRun Run()
    {
        var linter = new Linter(BuiltInRules.Catalog);
        // Rules shipped switched off are measured too: their pages say how often they would be right.
        var configuration = BuiltInRules.EveryRuleOn(BuiltInRules.Catalog, ReferenceDate);
        var findings = new List<RealNewsFinding>();
        var articles = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(Root).OrderBy(p => p, StringComparer.Ordinal))
        {
            var family = Path.GetFileName(folder);
            var files = Directory.EnumerateFiles(folder).Where(IsArticle).OrderBy(p => p, StringComparer.Ordinal).ToList();
            if (files.Count == 0) continue;
            articles[family] = files.Count;
            foreach (var path in files)
            {
                var name = family + "/" + Path.GetFileName(path);
                var source = new SourceText(File.ReadAllText(path), name);
                foreach (var d in linter.Lint(source, configuration, ArticleParser.FormatFromPath(path)))
                {
                    if (d.RuleId.StartsWith("ED0", StringComparison.Ordinal) || d.Suppression is not null) continue;
                    findings.Add(new RealNewsFinding(family, name, d.Location.Start.Line, d.Location.Start.Column, d.RuleId, d.Severity, d.Message, Context(source.Text, d.Span)));
                }
            }
        }

        return new RealNewsRun(articles, findings);
    }

    /// <summary>The flagged text in [[ ]] with the text around it on one line (line breaks shown as ⏎).</summary>
    private static string Context(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - ContextChars);
        var to = Math.Min(text.Length, span.End + ContextChars);
        var shown = (from > 0 ? "…" : string.Empty) + text[from..span.Start] + "[[" + text[span.Start..span.End] + "]]" + text[span.End..to] + (to < text.Length ? "…" : string.Empty);
        return shown.Replace("\r\n", "⏎", StringComparison.Ordinal).Replace('\n', '⏎').Replace('\r', '⏎').Replace('\t', ' ');
    }
}

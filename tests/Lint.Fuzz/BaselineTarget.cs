using Lint.Articles;
using Lint.Reporting;
using Lint.Text;

namespace Lint.Fuzz;

/// <summary>
/// <c>baseline</c>: the input is a <c>--baseline</c> SARIF log. <see cref="Baseline.Read"/> returns results or throws
/// <see cref="FormatException"/>, nothing else; results it returns are compared with the probe articles' findings and
/// written in every report format, which must not throw either.
/// </summary>
public static class BaselineTarget
{
    private static readonly Lazy<FileReport[]> Files = new(() =>
    [
        .. new[] { (Probe.PlainText, "news/probe.txt", ArticleFormat.PlainText), (Probe.Markdown, "news/probe.md", ArticleFormat.Markdown) }
            .Select(p =>
            {
                var source = new SourceText(p.Item1, p.Item2);
                return new FileReport(p.Item2, source, new Linter(RulesFolder.Shared.Catalog).Lint(source, ParserTarget.EveryRuleOn(), p.Item3));
            }),
    ]);

    /// <summary>Runs one input.</summary>
    public static void Run(string text)
    {
        IReadOnlyList<BaselineResult> results;
        try
        {
            results = Baseline.Read(text);
        }
        catch (FormatException)
        {
            return;
        }

        var options = new ReportOptions([.. RulesFolder.Shared.Catalog.AllDescriptors], ParserTarget.AsOf);
        foreach (var format in ReportWriter.Formats)
        {
            using var output = new StringWriter();
            var report = ReportWriter.Create(format, output, options, new Baseline(results));
            report.WriteAll(Files.Value, []);
            _ = report.Summary();
        }
    }
}

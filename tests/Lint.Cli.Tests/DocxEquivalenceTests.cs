using System.Text.Json;
using Lint.Testing;
using Lint.Text;

namespace Lint.Cli.Tests;

/// <summary>
/// The same article gives the same findings (rule, message, paragraph) whether it is filed as plain text or as a Word
/// document: the seeds and the project's own plain-text articles, each block a paragraph and the first the title.
/// </summary>
public sealed class DocxEquivalenceTests
{
    public static TheoryData<string> OwnArticles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Repository.PathOf("tests", "fixtures", "articles"), "*.txt")
            .Concat(Directory.EnumerateFiles(Repository.PathOf("samples", "articles"), "*.txt")).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(OwnArticles))]
    public void The_project_s_articles_give_the_same_findings_as_Word_documents(string article) =>
        AssertSame(File.ReadAllText(Repository.PathOf(article.Split('/'))));

    [SharedFact]
    public void The_seeds_give_the_same_findings_as_Word_documents()
    {
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(Repository.Shared, "seeds"), "*.txt").Order(StringComparer.Ordinal))
            AssertSame(File.ReadAllText(seed));
    }

    private static void AssertSame(string text)
    {
        using var folder = new TempFolder();
        // Fixture marks ([ED2002|…|]) are the fixture tests' own: the text is read without them.
        text = FixtureMarkup.Parse(text).Text;
        folder.Write("story.txt", text);
        var sources = new List<TextSpan>();
        folder.WriteBytes("story.docx", DocxRendering.FromPlainText(text, sources));

        // As in HTML, what stands before the headline (a breadcrumb above the title) is not the article's.
        var headline = Lint.Articles.ArticleParser.Parse(new SourceText(text), Lint.Articles.ArticleFormat.PlainText).Segments
            .FirstOrDefault(s => s.Kind == Lint.Articles.SegmentKind.Headline)?.Span.Start ?? 0;
        var asText = Findings(folder.Path, "story.txt").Where(f => Offset(text, f.Line, f.Column) >= headline).Select(f =>
        {
            // The paragraph of the Word document that holds the text the finding starts in.
            var offset = Offset(text, f.Line, f.Column);
            var paragraph = sources.FindIndex(s => s.Start <= offset && offset < Math.Max(s.End, s.Start + 1)) + 1;
            return $"¶{paragraph} {f.Rule} {Normalized(f.Message)}";
        }).ToList();
        var asDocx = Findings(folder.Path, "story.docx").Select(f => $"¶{f.Line} {f.Rule} {Normalized(f.Message)}").ToList();
        Assert.True(asText.SequenceEqual(asDocx), "text:\n" + string.Join("\n", asText) + "\nWord:\n" + string.Join("\n", asDocx));
    }

    /// <summary>A message that names the line of an earlier paragraph names its paragraph in a Word document.</summary>
    private static string Normalized(string message) => System.Text.RegularExpressions.Regex.Replace(message, @"\((line|paragraph) \d+\)", "(…)");

    private static int Offset(string text, int line, int column)
    {
        var at = 0;
        for (var l = 1; l < line; l++) at = text.IndexOf('\n', at) + 1;
        return at + column - 1;
    }

    private static List<(int Line, int Column, string Rule, string Message)> Findings(string folder, string name)
    {
        var run = CliRun.Invoke(folder, "check", name, "--as-of", "2026-11-22", "--format", "json");
        Assert.True(run.ExitCode is 0 or 1, run.Error + run.Out);
        using var json = JsonDocument.Parse(run.Out);
        return [.. json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("ruleId").GetString()!, d.GetProperty("message").GetString()!))];
    }
}

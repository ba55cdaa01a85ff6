using Lint.Testing;
using Lint.Text;

namespace Lint.Rules.Tests;

/// <summary>
/// The same findings in any format: the seeds, the fixture articles and the samples, written as HTML pages by
/// <see cref="HtmlRendering"/> (with chrome around them and entities in them), give the findings of their text versions,
/// rule, message and flagged words alike, and each HTML finding points at those words in the HTML source.
/// </summary>
public sealed class HtmlEquivalenceTests
{
    /// <summary>The seeds, by name.</summary>
    public static TheoryData<string> Seeds() =>
        new(Directory.Exists(SeedFolder) ? Directory.GetFiles(SeedFolder).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal) : ["(none)"]);

    /// <summary>The plain-text fixture articles and samples, by repository path.</summary>
    public static TheoryData<string> Articles() =>
        new(new[] { Path.Combine("tests", "fixtures", "articles"), Path.Combine("samples", "articles") }
            .SelectMany(folder => Directory.GetFiles(Repository.PathOf(folder), "*.txt").Select(p => Path.Combine(folder, Path.GetFileName(p))))
            .Order(StringComparer.Ordinal));

    private static string SeedFolder => Path.Combine(Repository.Shared, "seeds");

    [SharedTheory]
    [MemberData(nameof(Seeds))]
    public void A_seed_as_html_gives_the_findings_of_its_text(string name) =>
        AssertSameFindings(File.ReadAllText(Path.Combine(SeedFolder, name)), name);

    [Theory]
    [MemberData(nameof(Articles))]
    public void An_article_as_html_gives_the_findings_of_its_text(string path)
    {
        var text = File.ReadAllText(Repository.PathOf(path));
        if (path.Contains("fixtures", StringComparison.Ordinal)) text = FixtureMarkup.Parse(text).Text;
        AssertSameFindings(text, Path.GetFileName(path));
    }

    [Fact]
    public void Chrome_around_the_article_is_never_read()
    {
        var html = HtmlRendering.FromPlainText("Council Approves Flood Barrier\n\nThe council voted on Tuesday to build a flood barrier.\n");
        Assert.Empty(BuiltInRules.Lint(html, "story.html"));
    }

    private static void AssertSameFindings(string text, string name)
    {
        var html = HtmlRendering.FromPlainText(text);
        var stem = Path.GetFileNameWithoutExtension(name);
        // HTML shows a run of spaces as one space, as a browser does, so the rule on doubled spaces has nothing to read there.
        // What a page prints before the article's headline (a breadcrumb) is the page's, and HTML is read from the headline.
        var headline = Lint.Articles.ArticleParser.Parse(new SourceText(text), Lint.Articles.ArticleFormat.PlainText).Segments
            .FirstOrDefault(s => s.Kind == Lint.Articles.SegmentKind.Headline)?.Span.Start ?? 0;
        var fromText = BuiltInRules.Lint(text, stem + ".txt").Where(d => d.RuleId != "ED2006" && d.Span.Start >= headline)
            .Select(d => HtmlRendering.Describe(d, text)).ToList();
        var fromHtml = BuiltInRules.Lint(html, stem + ".html").Select(d => HtmlRendering.Describe(d, html)).ToList();
        Assert.Equal(string.Join("\n", fromText), string.Join("\n", fromHtml));
    }
}

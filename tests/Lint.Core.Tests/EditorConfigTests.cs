using Lint.Configuration;

namespace Lint.Core.Tests;

public sealed class EditorConfigTests
{
    [Theory]
    [InlineData("*.md", "a.md", true)]
    [InlineData("*.md", "news/2026/a.md", true)]
    [InlineData("*.md", "a.txt", false)]
    [InlineData("*.{md,txt}", "news/a.txt", true)]
    [InlineData("news/**.md", "news/2026/11/a.md", true)]
    [InlineData("news/**.md", "opinion/a.md", false)]
    [InlineData("/news/*.md", "news/a.md", true)]
    [InlineData("/news/*.md", "news/2026/a.md", false)]
    [InlineData("draft-?.md", "draft-1.md", true)]
    [InlineData("draft-[!0-9].md", "draft-1.md", false)]
    [InlineData("issue{1..3}.md", "issue2.md", true)]
    [InlineData("issue{1..3}.md", "issue4.md", false)]
    [InlineData("*.md", "a.md.bak", false)]
    [InlineData("*.md", "a.md\n", false)]
    [InlineData("news/a.md", "news/a.md", true)]
    [InlineData("news/a.md", "old/news/a.md", false)]
    [InlineData(@"*\*.md", "a*.md", true)]
    [InlineData(@"a\.md", "a.md", true)]
    [InlineData("*,md", "a,md", true)]
    [InlineData("*", "news/2026/a.md", true)]
    [InlineData("**", "a.md", true)]
    [InlineData("/*", "news/a.md", false)]
    [InlineData("a.md", "a.md", true)]
    [InlineData("a.md", "news/a.md", true)]
    [InlineData("*.{yml,json}", "a.json", true)]
    [InlineData("*.{yml,json}", "news/a.yml", true)]
    [InlineData("*.{yml,json}", "a.txt", false)]
    [InlineData("{a,b}", "a", true)]
    [InlineData("{a,b}", "x/b", true)]
    [InlineData("docs/{a,b}.md", "docs/b.md", true)]
    [InlineData("docs/{a,b}.md", "docs/c.md", false)]
    [InlineData("issue{1..3}", "issue2", true)]
    [InlineData("issue{1..3}", "issue1..3", false)]
    [InlineData("*.{md,}", "a.", true)]
    public void Globs_match_as_the_editorconfig_format_says(string glob, string path, bool matches) =>
        Assert.Equal(matches, EditorConfigGlob.TryCreate(glob)!.IsMatch(path));

    [Fact]
    public void Later_sections_override_earlier_ones_and_comments_are_ignored()
    {
        var file = EditorConfigFile.Parse("""
            root = true
            # a comment
            [*]
            dotnet_diagnostic.ED2002.severity = warning
            [news/**.md]
            dotnet_diagnostic.ED2002.severity = error ; house rule
            lint.packs = news, house
            """);
        Assert.True(file.IsRoot);
        var properties = file.PropertiesFor("news/a.md").ToList();
        Assert.Equal("error", properties.Last(p => p.Key == "dotnet_diagnostic.ED2002.severity").Value);
        var configuration = ConfigurationReader.Read(properties.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)), new ReferenceDate(2026, 1, 1), new List<string>());
        Assert.Equal(Rules.Severity.Error, configuration.Severities["ED2002"]);
        Assert.Equal(["news", "house"], configuration.EnabledPacks);
        Assert.Equal(7, properties.Last().Line);
    }

    [Fact]
    public void Malformed_globs_are_reported_not_thrown() => Assert.Null(EditorConfigGlob.TryCreate("{unclosed"));
}

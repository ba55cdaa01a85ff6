using System.Text.Json;
using Lint.Reporting;
using Lint.Testing;
using Lint.Text;

namespace Lint.Cli.Tests;

public sealed class SarifContentTests
{
    [Theory]
    [InlineData("", new[] { "c129715d7a2bc9a3:1" })]
    [InlineData(" a\nb\n  \t\tc\n d", new[] { "271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1" })]
    [InlineData(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n", new[] { "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1" })]
    [InlineData(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n", new[] { "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1" })]
    [InlineData(" hello; \t\rworld!!!\r\r\r  \t\tGreetings\r End\r", new[] { "e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1" })]
    public void Line_hashes_match_GitHubs_published_vectors(string text, string[] expected) =>
        Assert.Equal(expected, LineHash.Compute(text));

    [Fact]
    public void Line_hashes_count_repeated_lines()
    {
        var text = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet.\n", 10));
        Assert.Equal(
            ["a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4", "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6",
             "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"],
            LineHash.Compute(text));
    }

    [Fact]
    public void Lints_fingerprint_survives_edits_elsewhere_and_changes_with_the_paragraph()
    {
        const string story = "Headline Here\n\nThe council met on Tuesday and voted on the plan to build a flood barrier along the river district\n\nAnother paragraph follows here.\n";
        static string Print(string text) =>
            Fingerprint.Compute(new SourceText(text), BuiltInRules.Lint(text).Where(d => d.RuleId == "ED2002").ToList()).Single();

        var original = Print(story);
        Assert.Equal(original, Print(story.Replace("Headline Here\n", "Headline Here\n\nAn editor's note was added above.\n")));
        Assert.Equal(original, Print(story.Replace("Another paragraph follows here.", "A different paragraph now.")));
        Assert.NotEqual(original, Print(story.Replace("met on Tuesday", "met on Wednesday")));
    }

    [Fact]
    public void Applying_the_sarif_fixes_to_the_unmodified_files_corrects_them()
    {
        var run = CliRun.Invoke(Repository.Root, "check", "samples/articles", "--format", "sarif", "--as-of", "2026-11-22");
        using var document = JsonDocument.Parse(run.Out);
        var edits = new Dictionary<string, List<(int Start, int End, string Text)>>();
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            if (!result.TryGetProperty("fixes", out var fixes)) continue;
            foreach (var change in fixes[0].GetProperty("artifactChanges").EnumerateArray())
            {
                var uri = Uri.UnescapeDataString(change.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
                var source = new SourceText(File.ReadAllText(Repository.PathOf(uri)));
                foreach (var replacement in change.GetProperty("replacements").EnumerateArray())
                {
                    var region = replacement.GetProperty("deletedRegion");
                    int Offset(string line, string column) =>
                        source.Lines.GetLineStart(region.GetProperty(line).GetInt32() - 1) + region.GetProperty(column).GetInt32() - 1;
                    if (!edits.TryGetValue(uri, out var list)) edits[uri] = list = [];
                    list.Add((Offset("startLine", "startColumn"), Offset("endLine", "endColumn"), replacement.GetProperty("insertedContent").GetProperty("text").GetString()!));
                }
            }
        }

        Assert.Equal(["samples/articles/council-vote.txt", "samples/articles/harbour-reopens.md"], edits.Keys.Order(StringComparer.Ordinal));
        var fixedTexts = edits.ToDictionary(e => e.Key, e =>
        {
            var text = File.ReadAllText(Repository.PathOf(e.Key));
            foreach (var (start, end, inserted) in e.Value.OrderByDescending(x => x.Start)) text = text[..start] + inserted + text[end..];
            return text;
        });
        Assert.Contains("SPRINGFIELD, Ill. (AP) —", fixedTexts["samples/articles/council-vote.txt"], StringComparison.Ordinal);
        Assert.Contains("covered half the cost.\n", fixedTexts["samples/articles/council-vote.txt"], StringComparison.Ordinal);
        Assert.Contains("© 2026 Coastal News Service", fixedTexts["samples/articles/harbour-reopens.md"], StringComparison.Ordinal);
        foreach (var (path, text) in fixedTexts)
        {
            var remaining = BuiltInRules.Lint(text, path).Where(d => d.RuleId is "ED1001" or "ED2002" or "ED3001");
            Assert.Empty(remaining);
        }
    }

    [Fact]
    public void Findings_switched_off_in_the_text_are_reported_as_suppressed()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Headline Here\n\n<!-- lint-disable-next-line ED2002 -->\nThe council met on Tuesday and voted on the plan\n");
        var run = CliRun.Invoke(folder.Path, "check", ".", "--format", "sarif", "--as-of", "2026-11-22");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var result = Assert.Single(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("accepted", suppression.GetProperty("status").GetString());
    }
}

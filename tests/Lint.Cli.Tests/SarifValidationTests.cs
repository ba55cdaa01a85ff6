using System.Text.Json;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// Every SARIF log these tests write passes the strict schema check and the official Multitool with GitHub's rules,
/// with no error and no warning; shape details the Multitool can miss are asserted here too.
/// </summary>
public sealed class SarifValidationTests
{
    public static TheoryData<string> Runs() => new() { "samples", "seeds", "corpus", "broken-inputs", "baseline", "suppressed" };

    [SharedTheory]
    [MemberData(nameof(Runs))]
    public void Sarif_passes_the_schema_and_the_multitool(string name)
    {
        using var folder = new TempFolder();
        var directory = Repository.Root;
        string[] arguments = name switch
        {
            "samples" => ["samples/articles"],
            "seeds" => ["../shared/seeds"],
            "corpus" => ["tests/corpus/articles"],
            _ => [],
        };
        switch (name)
        {
            case "broken-inputs":
                folder.WriteBytes("binary.txt", [0, 1, 2]);
                folder.Write("house/bad.yaml", "id: [unclosed\n");
                folder.Write("a story.txt", "Headline\n\n“An unclosed quotation ends here.\n");
                directory = folder.Path;
                arguments = ["--rules", "house", "."];
                break;
            case "baseline":
                folder.Write("story.txt", "Headline Here\n\nThe council met on Tuesday and voted on the plan\n\nThe mayor said it was “a good day.\n");
                directory = folder.Path;
                CliRun.Invoke(directory, "check", ".", "--format", "sarif", "--output", "old.sarif", "--as-of", "2026-11-22");
                folder.Write("story.txt", "Headline Here\n\nThe council met on Tuesday and voted on the plan.\n\nThe mayor said it was “a good day.\n\n© 2024 News\n");
                arguments = [".", "--baseline", "old.sarif"];
                break;
            case "suppressed":
                folder.Write("story.txt", "Headline Here\n\n<!-- lint-disable-next-line ED2002 -->\nThe council met on Tuesday and voted on the plan\n");
                directory = folder.Path;
                arguments = ["."];
                break;
        }

        var log = Path.Combine(folder.Path, name + ".sarif");
        var run = CliRun.Invoke(directory, ["check", .. arguments, "--format", "sarif", "--as-of", "2026-11-22", "--output", log, "--category", "news"]);
        Assert.True(run.ExitCode is 0 or 1 or 2, run.Error);
        var problems = SarifValidator.Validate(log);
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        var text = File.ReadAllText(log);
        Assert.DoesNotContain(folder.Path, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Repository.Root, text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        var runElement = document.RootElement.GetProperty("runs")[0];
        Assert.Equal("news/", runElement.GetProperty("automationDetails").GetProperty("id").GetString());
        var results = runElement.GetProperty("results").EnumerateArray().ToList();
        var withState = results.Count(r => r.TryGetProperty("baselineState", out _));
        Assert.True(withState == 0 || withState == results.Count, "baselineState on some results but not all");
        foreach (var result in results)
        {
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            foreach (var key in new[] { "startLine", "startColumn", "endLine", "endColumn" }) Assert.True(region.TryGetProperty(key, out _), key);
            Assert.True(result.GetProperty("partialFingerprints").TryGetProperty("primaryLocationLineHash", out _));
        }
    }

    [SharedFact]
    public void Same_input_gives_byte_identical_sarif_without_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        var first = Path.Combine(folder.Path, "a.sarif");
        var second = Path.Combine(folder.Path, "b.sarif");
        CliRun.Invoke(Repository.Root, "check", "samples", "../shared/seeds", "--format", "sarif", "--as-of", "2026-11-22", "--output", first, "--jobs", "1");
        CliRun.Invoke(Repository.Root, "check", "samples", "../shared/seeds", "--format", "sarif", "--as-of", "2026-11-22", "--output", second);
        var bytes = File.ReadAllBytes(first);
        Assert.Equal(bytes, File.ReadAllBytes(second));
        Assert.NotEqual(0xEF, bytes[0]);
    }
}

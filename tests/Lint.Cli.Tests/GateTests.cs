using System.Text.Json;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>The publication gate: baselines so that only new problems fail, and fail levels independent of what is shown.</summary>
public sealed class GateTests
{
    private const string Story = """
        Council Approves Flood Barrier

        By Maria Keane

        SPRINGFEILD, Ill. (AP) — The city council voted 7-2 on Tuesday to build a flood barrier along the river.

        Opponents said the city should have waited for a federal grant that could have covered half the cost

        Construction is expected to begin in March.

        Copyright 2026 The Associated Press. All rights reserved.
        """;

    private static CliRun Check(string directory, params string[] args) =>
        CliRun.Invoke(directory, ["check", "articles", "--as-of", "2026-11-22", "--no-frames", .. args]);

    [Fact]
    public void An_archive_with_known_problems_passes_and_a_new_problem_fails()
    {
        using var folder = new TempFolder();
        folder.Write("articles/flood.txt", Story);
        folder.Write("articles/clean.txt", "Library Opens on Sundays\n\nThe library will open on Sundays starting next month.\n");
        Assert.Equal(1, Check(folder.Path).ExitCode);
        Assert.Equal(1, Check(folder.Path, "--format", "sarif", "--output", "baseline.sarif").ExitCode);

        // The known problems, with a paragraph inserted above them: still unchanged, the gate passes.
        folder.Write("articles/flood.txt", Story.Replace("By Maria Keane\n", "By Maria Keane\n\nAn editor's note was added above the story today.\n"));
        var known = Check(folder.Path, "--baseline", "baseline.sarif");
        Assert.Equal(0, known.ExitCode);
        Assert.Equal("2 files checked: 2 errors, 0 warnings, 0 suggestions; against the baseline: 0 new, 2 unchanged, 0 updated, 0 absent\n", known.Out);

        // A new problem in one article fails the gate, and is the only one listed.
        folder.Write("articles/clean.txt", "Library Opens on Sundays\n\nThe library will open on Sundays starting next month\n");
        var added = Check(folder.Path, "--baseline", "baseline.sarif");
        Assert.Equal(1, added.ExitCode);
        Assert.Equal(
            "articles/clean.txt(3,48): error ED2002: Paragraph ends without terminal punctuation after \"month\" [new]\n" +
            "2 files checked: 3 errors, 0 warnings, 0 suggestions; against the baseline: 1 new, 2 unchanged, 0 updated, 0 absent\n",
            added.Out);
    }

    [Fact]
    public void Fixed_problems_are_absent_and_edited_ones_updated_in_sarif()
    {
        using var folder = new TempFolder();
        folder.Write("articles/flood.txt", Story);
        Check(folder.Path, "--format", "sarif", "--output", "baseline.sarif");
        folder.Write("articles/flood.txt", Story
            .Replace("SPRINGFEILD", "SPRINGFIELD")
            .Replace("Opponents said the city", "Opponents on the council said the city"));
        var run = Check(folder.Path, "--baseline", "baseline.sarif", "--format", "sarif");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var states = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("ruleId").GetString() + " " + r.GetProperty("baselineState").GetString()).ToList();
        Assert.Equal(["ED2002 updated", "ED1001 absent"], states);
    }

    [Fact]
    public void Fail_level_is_independent_of_the_reported_level()
    {
        using var folder = new TempFolder();
        folder.Write("articles/story.txt", "Headline Here\n\nThe council met on Tuesday and voted on the plan.\n\n© 2024 Example News\n");
        var quiet = Check(folder.Path, "--min-level", "error", "--fail-level", "warning");
        Assert.Equal(1, quiet.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings, 0 suggestions\n", quiet.Out);
        var shown = Check(folder.Path, "--min-level", "warning", "--fail-level", "error");
        Assert.Equal(0, shown.ExitCode);
        Assert.StartsWith("articles/story.txt(5,3): warning ED3001:", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_is_not_sarif_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("articles/story.txt", "Headline Here\n\nText.\n");
        folder.Write("old.sarif", "{ not json");
        var bad = Check(folder.Path, "--baseline", "old.sarif");
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("lint: the baseline 'old.sarif' is not valid JSON", bad.Error, StringComparison.Ordinal);
        var missing = Check(folder.Path, "--baseline", "none.sarif");
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("lint: cannot read the baseline 'none.sarif': file not found", missing.Error, StringComparison.Ordinal);
    }
}

using Lint.Testing;

namespace Lint.Cli.Tests;

public sealed class CheckCommandTests
{
    private static readonly string[] AsOf = ["--as-of", "2026-11-22"];

    private static CliRun Check(string directory, params string[] args) => CliRun.Invoke(directory, ["check", .. args]);

    [Fact]
    public void Text_output_over_the_samples_is_approved()
    {
        var run = Check(Repository.Root, ["samples/articles", .. AsOf]);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Approvals.Verify(run.Out);
    }

    [Fact]
    public void Json_output_over_the_samples_is_approved()
    {
        var run = Check(Repository.Root, ["samples/articles", "--format", "json", .. AsOf]);
        Approvals.Verify(run.Out, "json");
    }

    [Fact]
    public void Sarif_output_over_the_samples_is_approved()
    {
        var run = Check(Repository.Root, ["samples/articles", "--format", "sarif", .. AsOf]);
        // Only the rules the results refer to: SarifRulesTests checks that the driver lists every loaded rule.
        Approvals.Verify(SarifRulesTests.WithOnlyTheRulesOfItsResults(run.Out), "sarif");
    }

    [SharedFact]
    public void Compiler_style_lines_for_the_seeds()
    {
        using var folder = new TempFolder();
        foreach (var seed in Directory.GetFiles(Path.Combine(Repository.Shared, "seeds")))
            File.Copy(seed, Path.Combine(folder.Path, Path.GetFileName(seed)));
        var run = Check(folder.Path, [.. AsOf, "--no-frames"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("000_034733cdb5ec2044.txt(5,1): error ED1001: Dateline city \"RYADH\" is not a known place; did you mean RIYADH?\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("002_5b4362fc58f9fb99.txt(51,16): warning ED3001: Copyright year 2025 is out of date (the current year is 2026)\n", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("5 files checked: 9 errors, 31 warnings, 2 suggestions\n", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("note", 1)]
    [InlineData("none", 0)]
    public void Fail_level_sets_the_exit_code(string level, int expected)
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Headline Here\n\nThe council met on Tuesday and voted on the plan.\n\n© 2024 Example News\n");
        Assert.Equal(expected, Check(folder.Path, [.. AsOf, "--fail-level", level]).ExitCode);
    }

    [Fact]
    public void Clean_articles_exit_zero()
    {
        var run = Check(Repository.Root, ["samples/articles/clean-report.txt", .. AsOf]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings, 0 suggestions\n", run.Out);
    }

    [Theory]
    [InlineData(new[] { "--formt", "json" }, "lint: unknown option '--formt' (did you mean '--format'?)")]
    [InlineData(new[] { "--format", "xml" }, "lint: option '--format' is 'xml'; allowed values: text, json, sarif, github, html")]
    [InlineData(new[] { "--as-of", "22/11/2026" }, "lint: option '--as-of' is '22/11/2026'; expected a date, YYYY-MM-DD")]
    [InlineData(new[] { "--fail-level" }, "lint: option '--fail-level' needs a value")]
    [InlineData(new[] { "--jobs", "0" }, "lint: option '--jobs' is '0'; expected a whole number from 1 to 256")]
    public void Bad_arguments_exit_two_with_a_message_and_no_stack_trace(string[] args, string message)
    {
        var run = Check(Repository.Root, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message + "\nRun 'lint --help' for usage.\n", run.Error);
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("check", "--help")]
    [InlineData("rules", "-h")]
    [InlineData("--help")]
    public void Help_after_a_command_prints_the_usage_and_exits_zero(params string[] args)
    {
        var run = CliRun.Invoke(Repository.Root, args);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Lint: an editorial linter for news articles.", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Unknown_command_exits_two()
    {
        var run = CliRun.Invoke(Repository.Root, "lnt");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("lint: unknown command 'lnt'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_files_are_reported_and_every_other_file_is_still_linted()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("binary.txt", [0x48, 0x69, 0x00, 0x01]);
        folder.WriteBytes("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x2E]);
        folder.Write("story.txt", "Headline Here\n\nThe council met on Tuesday and voted on the plan without a stop\n");
        var run = Check(folder.Path, [.. AsOf, "--no-frames", "missing.md", "."]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "story.txt(3,60): error ED2002: Paragraph ends without terminal punctuation after \"stop\"\n" +
            "binary.txt(1,1): error ED0009: binary file (NUL byte at offset 2); only UTF-8 text is linted\n" +
            "latin1.txt(1,1): error ED0009: not valid UTF-8 (at byte offset 3); save the file as UTF-8\n" +
            "missing.md(1,1): error ED0009: no such file or directory, and no file matches it\n" +
            "3 files checked: 4 errors, 0 warnings, 0 suggestions\n",
            run.Out);
    }

    [Fact]
    public void A_broken_rule_pack_is_reported_with_file_and_line_and_the_articles_are_still_linted()
    {
        using var folder = new TempFolder();
        folder.Write("house/HS0001-bad.yaml", "id: HS0001\nname: bad\ntitle: Bad\nmessage: Bad\nseverity: warning\ncheck:\n  kind: existence\n  patterns: ['(oops']\n");
        folder.Write("house/HS0002-good.yaml", "id: HS0002\nname: no-teh\ntitle: Teh\nmessage: \"Write the, not {match}\"\nseverity: warning\ncheck:\n  kind: existence\n  tokens: [teh]\n");
        folder.Write("story.txt", "Headline Here\n\nThe council met on Tuesday and voted on teh plan.\n");
        var run = Check(folder.Path, [.. AsOf, "--no-frames", "--rules", "house", "story.txt"]);
        Assert.Equal(2, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Equal("story.txt(3,41): warning HS0002: Write the, not teh", lines[0]);
        Assert.StartsWith("house/HS0001-bad.yaml(8,14): error ED0007: pattern '(oops' in 'patterns' does not compile:", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_date_comes_from_SOURCE_DATE_EPOCH_when_as_of_is_absent()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Headline Here\n\nThe council met on Tuesday and voted on the plan.\n\n© 2024 Example News\n");
        var epoch2024 = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1718000000" };
        Assert.Equal(0, CliRun.Invoke(folder.Path, epoch2024, "check", "--fail-level", "warning").ExitCode);
        Assert.Equal(1, CliRun.Invoke(folder.Path, "check", "--fail-level", "warning").ExitCode);
        var bad = CliRun.Invoke(folder.Path, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "yesterday" }, "check");
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("lint: SOURCE_DATE_EPOCH is 'yesterday'", bad.Error, StringComparison.Ordinal);
    }

    [SharedTheory]
    [InlineData("sarif")]
    [InlineData("json")]
    [InlineData("text")]
    public void Output_is_identical_with_one_job_and_many(string format)
    {
        // The house-style sample's articles name its pack in .editorconfig, so the pack is loaded with them.
        string[] inputs = ["samples", "../shared/seeds", "tests/corpus/articles", "--rules", "samples/house-style/house"];
        var one = Check(Repository.Root, [.. inputs, "--format", format, "--jobs", "1", .. AsOf]);
        Assert.Equal(1, one.ExitCode);
        Assert.Contains("ED1001", one.Out, StringComparison.Ordinal);
        foreach (var jobs in new[] { "2", "3", "8" })
        {
            var many = Check(Repository.Root, [.. inputs, "--format", format, "--jobs", jobs, .. AsOf]);
            Assert.Equal(one.ExitCode, many.ExitCode);
            Assert.Equal(one.Out, many.Out);
        }
    }

    [Fact]
    public void A_file_with_thousands_of_findings_is_written_in_pieces_without_losing_a_character()
    {
        // 3,000 findings in one file: every report goes out in pieces of 32 KB, which cut through the UTF-8 of “ and ’.
        using var folder = new TempFolder();
        const string paragraph = "The minister said “we’ll rebuild the bridge” before the vote on Tuesday.";
        folder.Write("long.txt", "Headline Here\n\n" + string.Concat(Enumerable.Repeat(paragraph + "\n\n", 3001)));
        var json = Check(folder.Path, [.. AsOf, "long.txt", "--format", "json"]);
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        var diagnostics = document.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("ruleId").GetString() == "ED5002").ToList();
        Assert.Equal(3000, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.StartsWith("\"The minister said “we’ll rebuild", d.GetProperty("message").GetString(), StringComparison.Ordinal));

        var sarif = Check(folder.Path, [.. AsOf, "long.txt", "--format", "sarif"]);
        using var log = System.Text.Json.JsonDocument.Parse(sarif.Out);
        Assert.Equal(3000, log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Count(r => r.GetProperty("ruleId").GetString() == "ED5002"));

        var text = Check(folder.Path, [.. AsOf, "long.txt"]);
        Assert.Equal(3000, text.Out.Split('\n').Count(l => l.Contains("warning ED5002: \"The minister said “we’ll rebuild", StringComparison.Ordinal)));
    }

    [Fact]
    public void Globs_select_files_and_output_can_go_to_a_file()
    {
        using var folder = new TempFolder();
        folder.Write("news/2026/a.md", "# Headline\n\nThe council met on Tuesday and voted on the plan.\n");
        folder.Write("news/2026/b.txt", "Headline Here\n\nThe council met on Tuesday and voted on the plan.\n");
        folder.Write("drafts/c.md", "# Headline\n\nThe council met on Tuesday and voted on the plan\n");
        var run = Check(folder.Path, [.. AsOf, "news/**/*.md", "--format", "json", "--output", "out/report.json"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 file checked: 0 errors, 0 warnings, 0 suggestions\n", run.Error);
        var json = File.ReadAllText(Path.Combine(folder.Path, "out", "report.json"));
        Assert.Contains("\"path\": \"news/2026/a.md\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("b.txt", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_walks_skip_repository_documents_and_pack_vocabularies_unless_named()
    {
        using var folder = new TempFolder();
        folder.Write("news/README.md", "# Notes\n\nThese notes have no period at the end\n");
        folder.Write("news/house/vocabulary/reject.txt", "normalcy\n");
        folder.Write("news/story.md", "# Headline\n\nThe council met on Tuesday and voted on the plan.\n");
        Assert.Equal("1 file checked: 0 errors, 0 warnings, 0 suggestions\n", Check(folder.Path, [.. AsOf, "news"]).Out);
        Assert.StartsWith("news/README.md(3,35): error ED2002:", Check(folder.Path, [.. AsOf, "--no-frames", "news/README.md"]).Out, StringComparison.Ordinal);
    }
}

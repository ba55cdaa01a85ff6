using System.Text.Json;
using System.Text.Json.Nodes;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// <c>lint merge</c>: the shards' SARIF logs merge into the log an unsharded run writes, byte for byte; the merged log
/// passes the schema and the Multitool with GitHub's rules; logs that are not Lint's, or not of one sharded run, are
/// refused with exit code 2 and no output.
/// </summary>
public sealed class MergeCommandTests
{
    private static CliRun Check(string directory, params string[] args) =>
        CliRun.Invoke(directory, ["check", "--as-of", "2026-11-22", "--jobs", "2", "--format", "sarif", .. args]);

    private static string[] Shards(string directory, int count, string[] paths, params string[] args)
    {
        var logs = new string[count];
        for (var i = 1; i <= count; i++)
        {
            logs[i - 1] = $"shard-{i}.sarif";
            var run = Check(directory, [.. paths, "--shard", $"{i}/{count}", "--output", logs[i - 1], .. args]);
            Assert.True(run.ExitCode is 0 or 1 or 2, run.Error);
        }

        return logs;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Merged_shards_are_byte_identical_to_the_unsharded_log(int count)
    {
        using var folder = ShardTests.Archive();
        Check(folder.Path, ".", "--output", "all.sarif", "--category", "news");
        var logs = Shards(folder.Path, count, ["."], "--category", "news");

        // Given in any order.
        var merge = CliRun.Invoke(folder.Path, ["merge", .. logs.Reverse(), "-o", "merged.sarif"]);
        Assert.Equal(0, merge.ExitCode);
        Assert.Equal($"{count} log{(count == 1 ? "" : "s")} (shards 1 to {count}) merged into merged.sarif: 30 results\n", merge.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(folder.Path, "all.sarif")), File.ReadAllText(Path.Combine(folder.Path, "merged.sarif")));
    }

    [Fact]
    public void Merged_shards_of_the_samples_keep_the_notifications_once_and_equal_the_unsharded_log()
    {
        using var folder = new TempFolder();
        var all = Path.Combine(folder.Path, "all.sarif");
        Check(Repository.Root, "samples", "tests/corpus/articles", "--output", all);
        var logs = new List<string>();
        for (var i = 1; i <= 4; i++)
        {
            logs.Add(Path.Combine(folder.Path, $"s{i}.sarif"));
            Check(Repository.Root, "samples", "tests/corpus/articles", "--shard", $"{i}/4", "--output", logs[^1]);
        }

        var merged = Path.Combine(folder.Path, "merged.sarif");
        Assert.Equal(0, CliRun.Invoke(Repository.Root, ["merge", .. logs, "--output", merged]).ExitCode);
        Assert.Equal(File.ReadAllText(all), File.ReadAllText(merged));
        Assert.Contains("toolConfigurationNotifications", File.ReadAllText(merged), StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_shards_against_a_baseline_equal_the_unsharded_log_with_absent_results_once()
    {
        using var folder = ShardTests.Archive(12);
        Check(folder.Path, ".", "--output", "baseline.sarif");
        for (var i = 0; i < 12; i += 2) folder.Write(ShardTests.ArticlePath(i), ShardTests.Article(i).Replace(" for the harbour\n", " for the harbour.\n", StringComparison.Ordinal));
        folder.Write("news/ferry.txt", "Ferry Service Resumes\n\nThe ferry service resumed on Monday after repairs to the pier\n");
        Check(folder.Path, ".", "--baseline", "baseline.sarif", "--output", "all.sarif");
        var logs = Shards(folder.Path, 3, ["."], "--baseline", "baseline.sarif");
        Assert.Equal(0, CliRun.Invoke(folder.Path, ["merge", .. logs, "-o", "merged.sarif"]).ExitCode);

        var text = File.ReadAllText(Path.Combine(folder.Path, "merged.sarif"));
        Assert.Equal(File.ReadAllText(Path.Combine(folder.Path, "all.sarif")), text);
        Assert.Equal(6, text.Split("\"baselineState\": \"absent\"").Length - 1);
        Assert.Equal(1, text.Split("\"baselineState\": \"new\"").Length - 1);
    }

    [SharedFact]
    public void The_merged_log_passes_the_schema_and_the_multitool()
    {
        using var folder = new TempFolder();
        var logs = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            logs.Add(Path.Combine(folder.Path, $"s{i}.sarif"));
            Check(Repository.Root, "samples/articles", "tests/corpus/articles", "--shard", $"{i}/3", "--category", "news", "--output", logs[^1]);
        }

        var merged = Path.Combine(folder.Path, "merged.sarif");
        Assert.Equal(0, CliRun.Invoke(Repository.Root, ["merge", .. logs, "--output", merged]).ExitCode);
        var problems = SarifValidator.Validate(merged);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        using var document = JsonDocument.Parse(File.ReadAllText(merged));
        var run = Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("news/", run.GetProperty("automationDetails").GetProperty("id").GetString());
        Assert.False(run.TryGetProperty("properties", out _));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        foreach (var result in run.GetProperty("results").EnumerateArray())
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()]);
    }

    [Fact]
    public void Empty_shards_merge_too()
    {
        using var folder = ShardTests.Archive(2);
        Check(folder.Path, ".", "--output", "all.sarif");
        var logs = Shards(folder.Path, 5, ["."]);
        Assert.Contains(logs, l => ShardTests.FilesOf(Path.Combine(folder.Path, l)).Count == 0);
        Assert.Equal(0, CliRun.Invoke(folder.Path, ["merge", .. logs, "-o", "merged.sarif"]).ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(folder.Path, "all.sarif")), File.ReadAllText(Path.Combine(folder.Path, "merged.sarif")));
    }

    [Fact]
    public void A_merge_to_standard_output_writes_the_log_there()
    {
        using var folder = ShardTests.Archive(4);
        var logs = Shards(folder.Path, 2, ["."]);
        var merge = CliRun.Invoke(folder.Path, ["merge", .. logs]);
        Assert.Equal(0, merge.ExitCode);
        Assert.Equal("", merge.Error);
        Check(folder.Path, ".", "--output", "all.sarif");
        Assert.Equal(File.ReadAllText(Path.Combine(folder.Path, "all.sarif")), merge.Out);
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { "none", "lint: merge needs the SARIF logs to merge: lint merge shard-1.sarif shard-2.sarif ... --output lint.sarif" },
        { "unreadable", "lint: cannot read the SARIF log 'gone.sarif': " },
        { "not-json", "lint: 'bad.sarif' is not valid JSON at line 1, byte 1: " },
        { "json-report", "lint: 'report.json' is not a SARIF log: it has no 'runs'; merge takes the logs of 'lint check --format sarif'" },
        { "other-tool", "lint: 'shard-2.sarif' is not a SARIF log of 'lint check': its tool is not Lint" },
        { "two-runs", "lint: 'shard-2.sarif' is not a SARIF log of 'lint check': it has 2 runs, not one" },
        { "version", "lint: 'shard-2.sarif' was written by Lint 0.0.1 and 'shard-1.sarif' by Lint " },
        { "category", "lint: 'other.sarif' has the category 'opinion/' and 'shard-1.sarif' none; merge the logs of one category (the same --category on every shard)" },
        { "missing", "lint: the log of shard 2/3 is missing (did its job fail?); a merged log without it would close the alerts of its files" },
        { "duplicate", "lint: 'copy.sarif' and 'shard-1.sarif' are both shard 1/3; give each shard's log once" },
        { "split", "lint: 'other.sarif' is shard 1/2 and 'shard-1.sarif' shard 1/3; merge the shards of one split" },
        { "unsharded", "lint: 'all.sarif' is not the log of a shard and 'shard-1.sarif' is; merge the logs of one sharded run" },
        { "rules", "lint: rule ED1001 is not the same in 'shard-2.sarif' and 'shard-1.sarif'; run every shard with the same rule packs" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Inputs_that_are_not_the_logs_of_one_sharded_lint_run_are_refused(string name, string message)
    {
        using var folder = ShardTests.Archive(6);
        var logs = Shards(folder.Path, 3, ["."]).ToList();
        string Edit(string log, Action<JsonNode> edit)
        {
            var path = Path.Combine(folder.Path, log);
            var node = JsonNode.Parse(File.ReadAllText(path))!;
            edit(node);
            File.WriteAllText(path, node.ToJsonString());
            return log;
        }

        switch (name)
        {
            case "none":
                logs.Clear();
                break;
            case "unreadable":
                logs = ["gone.sarif", .. logs];
                break;
            case "not-json":
                folder.Write("bad.sarif", "<xml/>");
                logs.Insert(0, "bad.sarif");
                break;
            case "json-report":
                CliRun.Invoke(folder.Path, "check", ".", "--format", "json", "--output", "report.json");
                logs.Add("report.json");
                break;
            case "other-tool":
                Edit(logs[1], n => n["runs"]![0]!["tool"]!["driver"]!["name"] = "ESLint");
                break;
            case "two-runs":
                Edit(logs[1], n => n["runs"]!.AsArray().Add(n["runs"]![0]!.DeepClone()));
                break;
            case "version":
                Edit(logs[1], n => n["runs"]![0]!["tool"]!["driver"]!["version"] = "0.0.1");
                break;
            case "category":
                Check(folder.Path, ".", "--shard", "2/3", "--category", "opinion", "--output", "other.sarif");
                logs[1] = "other.sarif";
                break;
            case "missing":
                logs.RemoveAt(1);
                break;
            case "duplicate":
                File.Copy(Path.Combine(folder.Path, logs[0]), Path.Combine(folder.Path, "copy.sarif"));
                logs.Add("copy.sarif");
                break;
            case "split":
                Check(folder.Path, ".", "--shard", "1/2", "--output", "other.sarif");
                logs.Add("other.sarif");
                break;
            case "unsharded":
                Check(folder.Path, ".", "--output", "all.sarif");
                logs.Add("all.sarif");
                break;
            case "rules":
                Edit(logs[1], n =>
                {
                    var rule = n["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray().First(r => (string?)r!["id"] == "ED1001")!;
                    rule["shortDescription"]!["text"] = "Something else.";
                });
                break;
        }

        var run = CliRun.Invoke(folder.Path, ["merge", .. logs, "--output", "merged.sarif"]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
        Assert.False(File.Exists(Path.Combine(folder.Path, "merged.sarif")));
    }
}

using System.Text.Json;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// <c>lint check --shard I/N</c>: every file in exactly one shard, the shards together the whole run, assignment by a
/// fixed hash of the path (stable when articles come and go, the same on every machine), clear usage errors.
/// </summary>
public sealed class ShardTests
{
    /// <summary>An archive of <paramref name="count"/> articles, each with one missing full stop, in folders and with awkward names.</summary>
    internal static TempFolder Archive(int count = 30)
    {
        var folder = new TempFolder();
        for (var i = 0; i < count; i++) folder.Write(ArticlePath(i), Article(i));
        return folder;
    }

    internal static string ArticlePath(int i) => (i % 3) switch
    {
        0 => $"news/story-{i:D2}.txt",
        1 => $"news/local/{i:D2} council meeting.md",
        _ => $"opinion/café-{i:D2}.txt",
    };

    internal static string Article(int i) =>
        $"Council Meets for Session {i}\n\nThe council met on Tuesday and voted on plan number {i} for the harbour\n\nThe vote is expected next week.\n";

    private static CliRun Check(string directory, params string[] args) =>
        CliRun.Invoke(directory, ["check", ".", "--as-of", "2026-11-22", "--jobs", "2", .. args]);

    /// <summary>The files a SARIF log has results for, with how many.</summary>
    internal static Dictionary<string, int> FilesOf(string sarifPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var uri = Uri.UnescapeDataString(result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!);
            files[uri] = files.TryGetValue(uri, out var n) ? n + 1 : 1;
        }

        return files;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Shards_partition_the_files_and_together_are_the_unsharded_run(int count)
    {
        using var folder = Archive();
        Assert.Equal(1, Check(folder.Path, "--format", "sarif", "--output", "all.sarif").ExitCode);
        var all = FilesOf(Path.Combine(folder.Path, "all.sarif"));
        Assert.Equal(30, all.Count);

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedFiles = 0;
        for (var i = 1; i <= count; i++)
        {
            var run = Check(folder.Path, "--format", "sarif", "--output", $"shard-{i}.sarif", "--shard", $"{i}/{count}");
            Assert.True(run.ExitCode is 0 or 1, run.Error);
            var summary = run.Error.Split('\n').Single(l => l.Contains(" files checked", StringComparison.Ordinal) || l.Contains(" file checked", StringComparison.Ordinal));
            Assert.EndsWith($" in shard {i}/{count}", summary, StringComparison.Ordinal);
            checkedFiles += int.Parse(summary.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (file, results) in FilesOf(Path.Combine(folder.Path, $"shard-{i}.sarif")))
            {
                Assert.True(seen.TryAdd(file, i), $"{file} is in shard {seen.GetValueOrDefault(file)} and in shard {i}");
                Assert.Equal(all[file], results);
                Assert.Equal(i, Shard.Of(file, count));
            }
        }

        Assert.Equal(30, checkedFiles);
        Assert.Equal(all.Keys.Order(StringComparer.Ordinal), seen.Keys.Order(StringComparer.Ordinal));
        if (count >= 2) Assert.True(seen.Values.Distinct().Count() >= 2, "every file fell into one shard");
    }

    [Fact]
    public void Adding_or_removing_an_article_moves_no_other_article_between_shards()
    {
        // An article added first in the listing (where a split by position would move every other one).
        using var folder = Archive(12);
        var runs = Enumerable.Range(1, 3).Select(i => (i, Check(folder.Path, "--format", "sarif", "--output", $"s{i}.sarif", "--shard", $"{i}/3"))).ToList();
        var old = runs.SelectMany(r => FilesOf(Path.Combine(folder.Path, $"s{r.i}.sarif")).Keys.Select(f => (f, r.i))).ToDictionary(p => p.f, p => p.i);
        folder.Write("aaa/first story.txt", Article(99));
        var now = Enumerable.Range(1, 3).SelectMany(i =>
        {
            Check(folder.Path, "--format", "sarif", "--output", $"s{i}.sarif", "--shard", $"{i}/3");
            return FilesOf(Path.Combine(folder.Path, $"s{i}.sarif")).Keys.Select(f => (f, i));
        }).ToDictionary(p => p.f, p => p.i);
        Assert.Equal(13, now.Count);
        foreach (var (file, shard) in old) Assert.Equal(shard, now[file]);
    }

    [Fact]
    public void The_hash_is_fnv_1a_over_utf8_of_the_slashed_path_so_every_machine_agrees()
    {
        // FNV-1a 64 test vectors, then pinned assignments: a change here would move articles between machines mid-rollout.
        Assert.Equal(0xcbf29ce484222325UL, Shard.Hash(string.Empty));
        Assert.Equal(0xaf63dc4c8601ec8cUL, Shard.Hash("a"));
        Assert.Equal(0x85944171f73967e8UL, Shard.Hash("foobar"));
        Assert.Equal(Shard.Of("news/local/café.md", 7), Shard.Of("news\\local\\café.md", 7));
        Assert.Equal(
            [.. Enumerable.Range(0, 8).Select(i => Shard.Of(ArticlePath(i), 4))],
            PinnedShards);
    }

    private static readonly int[] PinnedShards = [2, 2, 4, 1, 1, 3, 4, 4];

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("a/b")]
    [InlineData("3")]
    [InlineData("1/0")]
    [InlineData("/3")]
    [InlineData("2/")]
    [InlineData("-1/3")]
    [InlineData("1/3/5")]
    [InlineData(" 1/3")]
    [InlineData("1/1001")]
    public void A_bad_shard_is_a_usage_error_in_one_line(string shard)
    {
        using var folder = Archive(3);
        var run = Check(folder.Path, "--shard", shard);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith($"lint: option '--shard' is '{shard}'; expected I/N with 1 ≤ I ≤ N ≤ 1000, such as 2/4", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_shard_passes_with_a_note_and_writes_an_empty_log_but_a_run_with_no_article_still_fails()
    {
        using var folder = Archive(1);
        var file = ArticlePath(0);
        var own = Shard.Of(file, 5);
        var empty = own == 1 ? 2 : 1;

        var run = Check(folder.Path, "--format", "sarif", "--output", "empty.sarif", "--shard", $"{empty}/5");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"lint: no article in shard {empty}/5; its report is written empty, for 'lint merge'\n", run.Error, StringComparison.Ordinal);
        Assert.Contains($"0 files checked: 0 errors, 0 warnings, 0 suggestions in shard {empty}/5", run.Error, StringComparison.Ordinal);
        using (var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "empty.sarif"))))
        {
            var log = document.RootElement.GetProperty("runs")[0];
            Assert.Equal(0, log.GetProperty("results").GetArrayLength());
            Assert.Equal($"{empty}/5", log.GetProperty("properties").GetProperty("lintShard").GetString());
        }

        Assert.Equal(1, Check(folder.Path, "--shard", $"{own}/5").ExitCode);

        // Nothing at all to lint is still the mistake it always was, sharded or not.
        using var nothing = new TempFolder();
        nothing.Write("README.md", "# Not an article\n");
        nothing.Write("notes/data.csv", "a,b\n");
        var none = CliRun.Invoke(nothing.Path, "check", "notes", "--shard", "1/2");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no article found in notes", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_not_sharded()
    {
        using var folder = new TempFolder();
        var run = CliRun.Invoke(folder.Path, "check", "-", "--shard", "1/2");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("lint: '--shard' splits the files of a run between machines; standard input is one file, linted whole\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sharded_run_against_a_baseline_counts_only_its_own_files_and_the_text_summary_names_the_shard()
    {
        using var folder = Archive(9);
        Check(folder.Path, "--format", "sarif", "--output", "baseline.sarif");
        var total = 0;
        for (var i = 1; i <= 3; i++)
        {
            var run = Check(folder.Path, "--baseline", "baseline.sarif", "--shard", $"{i}/3", "--no-frames");
            Assert.Equal(0, run.ExitCode);
            var summary = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
            Assert.Contains($" in shard {i}/3; against the baseline: 0 new, ", summary, StringComparison.Ordinal);
            Assert.EndsWith(" updated, 0 absent", summary, StringComparison.Ordinal);
            total += int.Parse(summary.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal(9, total);
    }

    [Fact]
    public void Help_documents_shard_and_merge()
    {
        var help = CliRun.Invoke(Repository.Root, "--help").Out;
        Assert.Contains("--shard I/N", help, StringComparison.Ordinal);
        Assert.Contains("lint merge LOG.sarif... [-o FILE]", help, StringComparison.Ordinal);
    }
}

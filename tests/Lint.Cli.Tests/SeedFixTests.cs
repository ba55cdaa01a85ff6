using System.Text;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// <c>lint fix</c> over a copy of the five seed articles: its <c>--diff</c>, applied with <c>git apply</c>, gives exactly
/// the files <c>lint fix</c> writes, and the changes are approved. The approval lists each changed line with a few
/// words around the change (the seeds' text stays in ../shared), so that a change to any fix shows in review.
/// </summary>
public sealed class SeedFixTests
{
    [SharedFact]
    public void The_seeds_fixed_in_a_copy_give_exactly_the_approved_changes()
    {
        using var folder = new TempFolder();
        var seeds = Directory.EnumerateFiles(Path.Combine(Repository.Shared, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, seeds.Count);
        foreach (var seed in seeds) File.Copy(seed, Path.Combine(folder.Path, Path.GetFileName(seed)));

        var diff = CliRun.Invoke(folder.Path, "fix", ".", "--diff", "--as-of", "2026-11-22");
        Assert.Equal(1, diff.ExitCode);
        foreach (var seed in seeds) Assert.Equal(File.ReadAllBytes(seed), File.ReadAllBytes(Path.Combine(folder.Path, Path.GetFileName(seed))));

        var run = CliRun.Invoke(folder.Path, "fix", ".", "--as-of", "2026-11-22", "--no-frames");
        var report = new StringBuilder();
        report.Append(run.Error.Replace("would ", string.Empty, StringComparison.Ordinal));
        foreach (var seed in seeds)
        {
            var before = UnifiedDiff.Lines(File.ReadAllText(seed));
            var after = UnifiedDiff.Lines(File.ReadAllText(Path.Combine(folder.Path, Path.GetFileName(seed))));
            Assert.Equal(before.Count, after.Count);
            for (var i = 0; i < before.Count; i++)
            {
                if (before[i] != after[i]) report.Append(Path.GetFileName(seed)).Append(':').Append(i + 1).Append("  ").Append(Change(before[i], after[i])).Append('\n');
            }
        }

        Approvals.Verify(report.ToString());
        Assert.Equal(run.Error.Replace("fixed ", "would fix ", StringComparison.Ordinal).Replace("made", "would be made", StringComparison.Ordinal), diff.Error);

        // The diff, applied to the seeds, gives the files fix wrote.
        var copy = Path.Combine(folder.Path, "patched");
        Directory.CreateDirectory(copy);
        foreach (var seed in seeds) File.Copy(seed, Path.Combine(copy, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(copy, "fix.patch"), diff.Out);
        Git.Run(copy, "apply", "fix.patch");

        foreach (var seed in seeds)
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Path, Path.GetFileName(seed))), File.ReadAllBytes(Path.Combine(copy, Path.GetFileName(seed))));
    }

    /// <summary>"…12 characters ⟦old⟧ 12 characters… → ⟦new⟧": the change within a line, with a little context.</summary>
    private static string Change(string before, string after)
    {
        var head = 0;
        while (head < before.Length && head < after.Length && before[head] == after[head]) head++;
        var tail = 0;
        while (tail < before.Length - head && tail < after.Length - head && before[^(tail + 1)] == after[^(tail + 1)]) tail++;
        const int Context = 14;
        var left = before[Math.Max(0, head - Context)..head];
        var right = before[(before.Length - tail)..Math.Min(before.Length, before.Length - tail + Context)].TrimEnd('\n', '\r');
        return $"{(head > Context ? "…" : string.Empty)}{left}⟦{before[head..^tail]}⟧{right}{(tail > Context ? "…" : string.Empty)} → ⟦{after[head..^tail]}⟧";
    }
}

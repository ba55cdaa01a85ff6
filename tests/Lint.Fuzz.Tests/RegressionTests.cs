using System.Diagnostics;
using Lint.Testing;

namespace Lint.Fuzz.Tests;

/// <summary>
/// Every hostile input ever found, and every seed, run through its fuzz target. Each runs in a process of its own
/// (the harness's <c>replay</c> command), so that a stack overflow or a hang fails its case and nothing else.
/// </summary>
public sealed class RegressionTests
{
    /// <summary>A case may take this long, process start-up included; linting any of them takes well under a second.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private static readonly string[] Targets = ["parser", "rules", "config", "baseline"];

    public static TheoryData<string, string> Regressions() => Cases("regressions");

    public static TheoryData<string, string> Seeds() => Cases("seeds");

    private static TheoryData<string, string> Cases(string folder)
    {
        var data = new TheoryData<string, string>();
        foreach (var target in Targets)
        {
            var directory = Repository.PathOf("tests", "fuzz", folder, target);
            if (!Directory.Exists(directory)) continue;
            foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal)) data.Add(target, Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Hostile_input_is_handled(string target, string file) => Replay(target, Repository.PathOf("tests", "fuzz", "regressions", target, file));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_runs_clean(string target, string file) => Replay(target, Repository.PathOf("tests", "fuzz", "seeds", target, file));

    [Fact]
    public void Every_target_has_seeds_and_a_regression_folder()
    {
        foreach (var target in Targets)
        {
            Assert.NotEmpty(Directory.GetFiles(Repository.PathOf("tests", "fuzz", "seeds", target)));
            Assert.True(Directory.Exists(Repository.PathOf("tests", "fuzz", "regressions", target)), $"no regressions folder for {target}");
            Assert.True(File.Exists(Repository.PathOf("tests", "fuzz", "dict", target + ".dict")), $"no dictionary for {target}");
        }
    }

    private static void Replay(string target, string path)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Lint.Fuzz.dll"), "replay", target, path }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{target} did not finish {Path.GetFileName(path)} within {Limit.TotalSeconds:0} s (a hang)");
        }

        process.WaitForExit();
        var report = (output.Result + error.Result).Trim();
        if (report.Length > 4000) report = report[..4000] + "…";
        Assert.True(process.ExitCode == 0, $"{target} failed on {Path.GetFileName(path)} (exit code {process.ExitCode}):\n{report}");
    }
}

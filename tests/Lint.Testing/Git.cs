using System.Diagnostics;
using Xunit;

namespace Lint.Testing;

/// <summary>Runs git for a test.</summary>
public static class Git
{
    /// <summary>Runs <c>git ARGS</c> in <paramref name="directory"/>; fails the test if git fails.</summary>
    public static void Run(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = output.Result;
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }
}

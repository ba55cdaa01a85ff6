using System.Diagnostics;

namespace Lint.Cli.Tests;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c>; <c>CHROMIUM</c> names another binary) run once a page: the DOM after
/// the page's script has run (<c>--dump-dom</c>) or a screenshot. Each run has its own profile folder, so tests may
/// run at the same time.
/// </summary>
public static class Chromium
{
    private static readonly Lazy<string?> Binary = new(() =>
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } named) return File.Exists(named) ? named : null;
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var path = Path.Combine(directory, name);
                if (File.Exists(path)) return path;
            }
        }

        return null;
    });

    /// <summary>Why the browser tests cannot run here, or null when Chromium is installed.</summary>
    public static string? MissingReason => Binary.Value is null
        ? "needs headless Chromium (apt-get install chromium, or CHROMIUM=/path/to/chrome); .ci/run installs it and fails on any skipped test"
        : null;

    /// <summary>The DOM of <paramref name="page"/> (a file, with an optional fragment) once it has loaded.</summary>
    public static string DumpDom(string page, string fragment = "") => Run("--dump-dom", page, fragment);

    /// <summary>Saves a screenshot of <paramref name="page"/> to <paramref name="png"/>.</summary>
    public static void Screenshot(string page, string png, string fragment = "", int width = 1280, int height = 1600)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        if (File.Exists(png)) File.Delete(png);
        Run($"--screenshot={png}", page, fragment, $"--window-size={width},{height}", "--hide-scrollbars");
        Assert.True(File.Exists(png), $"Chromium wrote no screenshot to {png}");
    }

    private static string Run(string action, string page, string fragment, params string[] more)
    {
        var binary = Binary.Value ?? throw new InvalidOperationException(MissingReason);
        var profile = Path.Combine(Path.GetTempPath(), "lint-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions", "--mute-audio", $"--user-data-dir={profile}" }.Concat(more))
            start.ArgumentList.Add(arg);
        start.ArgumentList.Add(action);
        start.ArgumentList.Add(new Uri(Path.GetFullPath(page)).AbsoluteUri + (fragment.Length > 0 ? "#" + fragment : string.Empty));
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish with {page} in two minutes");
            }

            Assert.True(process.ExitCode == 0, $"Chromium ended with {process.ExitCode}:\n{error.Result}");
            return output.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium's helpers may hold the profile a moment; the temp folder is cleaned eventually.
            }
        }
    }
}

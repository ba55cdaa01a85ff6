using System.Runtime.CompilerServices;

namespace Lint.Cli.Tests;

/// <summary>
/// A fact that opens a page in headless Chromium: skipped with the reason in its name when Chromium is not installed,
/// never silently; CI installs it (.ci/run) and fails on any skipped test. No other test needs a browser.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Skips the fact when Chromium is missing.</summary>
    /// <param name="test">The test method (the compiler fills it in).</param>
    /// <param name="file">The test's source file (the compiler fills it in).</param>
    public BrowserFactAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        if (Chromium.MissingReason is not { } reason) return;
        Skip = reason;
        DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test}: {reason}";
    }
}

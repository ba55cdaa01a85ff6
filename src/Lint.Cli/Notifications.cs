using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;
using Lint.Text;

namespace Lint.Cli;

/// <summary>Builds the ED0xxx notifications the CLI itself raises.</summary>
public static class Notifications
{
    private static readonly LinePositionSpan FileStart = new(new LinePosition(1, 1), new LinePosition(1, 1));

    /// <summary>ED0009: a file or folder that could not be read.</summary>
    public static FileDiagnostic Unreadable(string path, string reason) =>
        new(path, new LintDiagnostic(EngineRules.UnreadableFile.Id, Severity.Error, reason, default, FileStart));

    /// <summary>ED0012: a configuration value that is not valid.</summary>
    public static FileDiagnostic InvalidConfiguration(string path, string reason) =>
        new(path, new LintDiagnostic(EngineRules.InvalidConfiguration.Id, Severity.Error, reason, default, FileStart));
}

using Lint.Diagnostics;
using Lint.Loading;

namespace Lint.Cli;

/// <summary>Builds the ED0xxx notifications the CLI itself raises.</summary>
public static class Notifications
{
    /// <summary>ED0009: a file or folder that could not be read.</summary>
    public static FileDiagnostic Unreadable(string path, string reason) =>
        new(path, LintDiagnostic.AtFileStart(EngineRules.UnreadableFile, reason));

    /// <summary>ED0012: a configuration value that is not valid.</summary>
    public static FileDiagnostic InvalidConfiguration(string path, string reason) =>
        new(path, LintDiagnostic.AtFileStart(EngineRules.InvalidConfiguration, reason));
}

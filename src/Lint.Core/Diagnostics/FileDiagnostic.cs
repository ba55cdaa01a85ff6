namespace Lint.Diagnostics;

/// <summary>A finding about a file other than an article being linted: a rule file, a configuration file, an unreadable input.</summary>
public sealed record FileDiagnostic(string Path, LintDiagnostic Diagnostic);

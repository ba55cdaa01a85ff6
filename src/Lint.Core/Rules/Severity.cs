namespace Lint.Rules;

/// <summary>How serious a finding is. <see cref="Suggestion"/> is SARIF's <c>note</c> and Roslyn's <c>Info</c>.</summary>
public enum Severity
{
    /// <summary>Switched off: the rule does not run.</summary>
    None = 0,

    /// <summary>Runs but is not shown (Roslyn's Hidden).</summary>
    Silent = 1,

    /// <summary>A suggestion (SARIF note).</summary>
    Suggestion = 2,

    /// <summary>A warning.</summary>
    Warning = 3,

    /// <summary>An error.</summary>
    Error = 4,
}

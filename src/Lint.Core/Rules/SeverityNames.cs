namespace Lint.Rules;

/// <summary>The spellings of <see cref="Severity"/> in rule files, .editorconfig and SARIF.</summary>
public static class SeverityNames
{
    /// <summary>The values a rule file accepts for <c>severity</c>.</summary>
    public static readonly IReadOnlyList<string> RuleFileValues = ["error", "warning", "suggestion"];

    /// <summary>The values .editorconfig accepts for <c>dotnet_diagnostic.ID.severity</c>.</summary>
    public static readonly IReadOnlyList<string> ConfigValues = ["error", "warning", "suggestion", "silent", "none"];

    /// <summary>Parses a severity name (also Roslyn's <c>info</c>, <c>hidden</c> and <c>default</c>-less forms).</summary>
    public static bool TryParse(string? value, out Severity severity)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "suggestion" or "info" or "note": severity = Severity.Suggestion; return true;
            case "silent" or "hidden": severity = Severity.Silent; return true;
            case "none": severity = Severity.None; return true;
            default: severity = Severity.None; return false;
        }
    }

    /// <summary>The severity of a SARIF level: error, warning, note (anything else counts as warning, SARIF's default).</summary>
    public static Severity TryParseSarifLevel(string? level) => level switch
    {
        "error" => Severity.Error,
        "note" => Severity.Suggestion,
        "none" => Severity.Silent,
        _ => Severity.Warning,
    };

    /// <summary>The name used in text output and configuration.</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "suggestion",
        Severity.Silent => "silent",
        _ => "none",
    };

    /// <summary>SARIF's <c>level</c>: error, warning, note or none.</summary>
    public static string ToSarifLevel(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };
}

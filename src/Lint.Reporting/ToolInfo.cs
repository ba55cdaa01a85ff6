namespace Lint.Reporting;

/// <summary>How the tool names itself in reports.</summary>
public sealed record ToolInfo(string Name, string Version, string InformationUri)
{
    /// <summary>Lint, with the version of this assembly.</summary>
    public static ToolInfo Default { get; } = new(
        "Lint",
        typeof(ToolInfo).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0",
        LintLinks.InformationUri);
}

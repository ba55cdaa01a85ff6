namespace Lint.Rules;

/// <summary>
/// Everything a rule says about itself. SARIF rule metadata, Roslyn descriptors, the docs pages and the README
/// table all derive from this one record.
/// </summary>
public sealed record RuleDescriptor(string Id, string Name, string Title, string MessageFormat, Severity DefaultSeverity, string Category)
{
    /// <summary>A longer explanation (SARIF fullDescription); defaults to the title.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>stable, experimental or deprecated.</summary>
    public string Status { get; init; } = "stable";

    /// <summary>
    /// How often the rule's findings are right: very-high, high, medium or low (SARIF <c>properties.precision</c>, which
    /// code scanning shows and sorts by). The built-in pack states what its rules measure on real published news.
    /// </summary>
    public string Precision { get; init; } = "high";

    /// <summary>
    /// Whether the rule runs when no configuration names it (<c>enabled: false</c> in its file ships it switched off; a
    /// severity set for it in .editorconfig switches it on): SARIF <c>defaultConfiguration.enabled</c>, Roslyn's
    /// <c>isEnabledByDefault</c>.
    /// </summary>
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>Where the rule's documentation lives (absolute URI), if known.</summary>
    public string HelpUri { get; init; } = string.Empty;

    /// <summary>Free tags (SARIF properties.tags).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where the rule was defined: a rule file's path relative to its pack root, or "built-in".</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>
    /// Whether the rule's fixes are applied by <c>lint fix</c> without <c>--unsafe-fixes</c> (<c>fix: safe</c> in its
    /// file): only when each is certain and cannot change what the text means. Unsafe unless declared.
    /// </summary>
    public Diagnostics.FixSafety FixSafety { get; init; } = Diagnostics.FixSafety.Unsafe;

    /// <summary>The name of the pack the rule came from ("news" for the built-in pack), for <c>lint.packs</c>.</summary>
    public string Pack { get; init; } = string.Empty;
}

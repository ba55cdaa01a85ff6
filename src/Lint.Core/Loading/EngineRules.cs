using Lint.Rules;

namespace Lint.Loading;

/// <summary>ED0xxx: mistakes in rule files, configuration and input that Lint reports instead of crashing.</summary>
public static class EngineRules
{
    /// <summary>The rule file is not valid YAML.</summary>
    public static readonly RuleDescriptor InvalidYaml = Make("ED0001", "invalid-yaml", "Rule file is not valid YAML");

    /// <summary>A key the rule file format does not know.</summary>
    public static readonly RuleDescriptor UnknownKey = Make("ED0002", "unknown-key", "Unknown key in rule file");

    /// <summary>A required key is missing.</summary>
    public static readonly RuleDescriptor MissingKey = Make("ED0003", "missing-key", "Required key missing from rule file");

    /// <summary>A value of the wrong type or outside the allowed values.</summary>
    public static readonly RuleDescriptor InvalidValue = Make("ED0004", "invalid-value", "Invalid value in rule file");

    /// <summary>Two rules share an id.</summary>
    public static readonly RuleDescriptor DuplicateId = Make("ED0005", "duplicate-rule-id", "Rule id defined twice");

    /// <summary>The check kind does not exist.</summary>
    public static readonly RuleDescriptor UnknownCheckKind = Make("ED0006", "unknown-check-kind", "Unknown check kind");

    /// <summary>A regular expression that does not compile.</summary>
    public static readonly RuleDescriptor InvalidRegex = Make("ED0007", "invalid-regex", "Regular expression does not compile");

    /// <summary>A data file a rule names cannot be read.</summary>
    public static readonly RuleDescriptor MissingData = Make("ED0008", "missing-data-file", "Rule data file not found");

    /// <summary>An article that cannot be read: missing, binary, or not UTF-8.</summary>
    public static readonly RuleDescriptor UnreadableFile = Make("ED0009", "unreadable-file", "File could not be read");

    /// <summary>A message placeholder the check kind does not provide.</summary>
    public static readonly RuleDescriptor UnknownPlaceholder = Make("ED0010", "unknown-message-placeholder", "Unknown placeholder in message");

    /// <summary>Anchors, aliases, excessive nesting or size: rejected before parsing.</summary>
    public static readonly RuleDescriptor TooComplex = Make("ED0011", "rule-file-too-complex", "Rule file is too complex to load");

    /// <summary>A configuration key or value that is not valid.</summary>
    public static readonly RuleDescriptor InvalidConfiguration = Make("ED0012", "invalid-configuration", "Invalid configuration value");

    /// <summary>A check failed on a file; the other rules and files still run.</summary>
    public static readonly RuleDescriptor CheckFailed = Make("ED0013", "check-failed", "A check failed on this file");

    /// <summary>An article whose fixes could not be written: it cannot be written, or it changed on disk while being fixed.</summary>
    public static readonly RuleDescriptor FixNotWritten = Make("ED0014", "fix-not-written", "Fixes could not be written to this file");

    /// <summary>Every engine descriptor, by id.</summary>
    public static readonly IReadOnlyList<RuleDescriptor> All =
    [
        InvalidYaml, UnknownKey, MissingKey, InvalidValue, DuplicateId, UnknownCheckKind, InvalidRegex, MissingData,
        UnreadableFile, UnknownPlaceholder, TooComplex, InvalidConfiguration, CheckFailed, FixNotWritten,
    ];

    private static RuleDescriptor Make(string id, string name, string title) =>
        new(id, name, title, "{message}", Severity.Error, "engine") { Source = "built-in", HelpUri = LintLinks.RuleDocsBaseUri + id + ".md" };
}

using Lint.Rules;

namespace Lint.Configuration;

/// <summary>
/// What applies to one file: the reference date, severity overrides and rule options. Both hosts build it
/// through <see cref="ConfigurationReader"/> from the same keys (.editorconfig / .globalconfig / analyzer options).
/// </summary>
public sealed record LintConfiguration(ReferenceDate ReferenceDate)
{
    /// <summary>Per-rule severity overrides (<c>dotnet_diagnostic.ED2002.severity</c>); <see cref="Severity.None"/> switches a rule off.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rule options (<c>lint.ED3001.option = value</c>): rule id → option → value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> RuleOptions { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The severity <paramref name="descriptor"/> has under this configuration.</summary>
    public Severity EffectiveSeverity(RuleDescriptor descriptor) =>
        Severities.TryGetValue(descriptor.Id, out var severity) ? severity : descriptor.DefaultSeverity;
}

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

    /// <summary>The rule packs that apply (<c>lint.packs = news, house</c>); null when every loaded pack applies.</summary>
    public IReadOnlyCollection<string>? EnabledPacks { get; init; }

    /// <summary>
    /// The severity <paramref name="descriptor"/> has under this configuration: <see cref="Severity.None"/> when its
    /// pack is not enabled, else the override, else its default (<see cref="Severity.None"/> for a rule shipped
    /// switched off).
    /// </summary>
    public Severity EffectiveSeverity(RuleDescriptor descriptor)
    {
        if (EnabledPacks is not null && descriptor.Pack.Length > 0 && !EnabledPacks.Contains(descriptor.Pack, StringComparer.OrdinalIgnoreCase))
            return Severity.None;
        if (Severities.TryGetValue(descriptor.Id, out var severity)) return severity;
        return descriptor.EnabledByDefault ? descriptor.DefaultSeverity : Severity.None;
    }
}

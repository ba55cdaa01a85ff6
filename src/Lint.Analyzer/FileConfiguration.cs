using Lint.Configuration;
using Lint.Loading;
using Lint.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Lint.Analyzer;

/// <summary>
/// Builds an article's <see cref="LintConfiguration"/> from what the compiler passes the analyzer, through the one
/// adapter the CLI uses too (<see cref="ConfigurationReader"/>):
/// <list type="bullet">
/// <item>keys of the .globalconfig's global section, then of the .editorconfig sections matching the article
/// (closer ones win): <c>lint.packs</c>, <c>lint.reference_date</c>, <c>lint.ID.option</c>;</item>
/// <item><c>lint.ID.severity</c>, which the analyzer reads as <c>dotnet_diagnostic.ID.severity</c>: the compiler does
/// not pass <c>dotnet_diagnostic.*</c> keys to analyzers, and does not apply .editorconfig ones to AdditionalFiles;</item>
/// <item>the reference date: the MSBuild property <c>LintReferenceDate</c> (like <c>--as-of</c>, it wins), else
/// <c>lint.reference_date</c>, else <c>SOURCE_DATE_EPOCH</c>; with none of them time-aware rules do not run, since an
/// analyzer may not read the clock.</item>
/// </list>
/// </summary>
internal static class FileConfiguration
{
    /// <summary>The MSBuild property for "today" (CompilerVisibleProperty in the package's props).</summary>
    public const string ReferenceDateProperty = "build_property.LintReferenceDate";

    /// <summary>The reproducible-builds variable, passed on by MSBuild.</summary>
    public const string SourceDateEpochProperty = "build_property.SOURCE_DATE_EPOCH";

    private const string SeverityPrefix = "dotnet_diagnostic.";
    private const string SeveritySuffix = ".severity";

    /// <summary>The configuration; each problem with a value is added to <paramref name="problems"/>.</summary>
    public static LintConfiguration Read(AnalyzerConfigOptions global, AnalyzerConfigOptions file, RuleCatalog catalog, ICollection<string> problems)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var options in new[] { global, file })
        {
            foreach (var key in options.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                if (!key.StartsWith("lint.", StringComparison.OrdinalIgnoreCase) && !key.StartsWith(SeverityPrefix, StringComparison.OrdinalIgnoreCase)) continue;
                if (!options.TryGetValue(key, out var value)) continue;
                var translated = Translate(key);
                if (translated.StartsWith(SeverityPrefix, StringComparison.OrdinalIgnoreCase) && !translated.Equals(key, StringComparison.Ordinal)
                    && !value.Trim().Equals("default", StringComparison.OrdinalIgnoreCase) && !SeverityNames.TryParse(value, out _))
                {
                    problems.Add($"{key} = {value.Trim()}: allowed values are {string.Join(", ", SeverityNames.ConfigValues)}");
                    continue;
                }

                if (ConfigurationReader.Validate(translated, value, catalog) is { } problem)
                {
                    problems.Add(problem);
                    continue;
                }

                pairs.Add(new KeyValuePair<string, string>(translated, value));
            }
        }

        var epoch = ReadEpoch(global, problems);
        var hasConfiguredDate = pairs.Any(p => p.Key.Equals("lint.reference_date", StringComparison.OrdinalIgnoreCase));
        var configuration = ConfigurationReader.Read(pairs, epoch ?? default, problems);

        if (global.TryGetValue(ReferenceDateProperty, out var property) && property.Trim().Length > 0)
        {
            if (ReferenceDate.TryParse(property, out var asOf)) return configuration with { ReferenceDate = asOf };
            problems.Add($"LintReferenceDate = {property.Trim()}: expected a date, YYYY-MM-DD");
        }
        else if (hasConfiguredDate || epoch is not null)
        {
            return configuration;
        }

        // No date at all: the time-aware rules stay off rather than guess "today" from a clock the analyzer may not read.
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in configuration.Severities) severities[pair.Key] = pair.Value;
        foreach (var rule in catalog.Rules.Where(IsTimeAware)) severities[rule.Id] = Severity.None;
        return configuration with { Severities = severities };
    }

    /// <summary>Whether the rule needs "today": its kind reads the reference date, or its file tags it time-aware.</summary>
    public static bool IsTimeAware(Rule rule) =>
        rule.Kind is { NeedsReferenceDate: true } || rule.Descriptor.Tags.Contains("time-aware", StringComparer.OrdinalIgnoreCase);

    /// <summary><c>lint.ID.severity</c> becomes <c>dotnet_diagnostic.ID.severity</c>; other keys are unchanged.</summary>
    private static string Translate(string key)
    {
        // "lint.severity" starts and ends so too, with no id between.
        if (key.Length <= "lint.".Length + SeveritySuffix.Length || !key.StartsWith("lint.", StringComparison.OrdinalIgnoreCase) || !key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase)) return key;
        var id = key.Substring("lint.".Length, key.Length - "lint.".Length - SeveritySuffix.Length);
        return id.Length == 0 || id.IndexOf('.') >= 0 ? key : SeverityPrefix + id + SeveritySuffix;
    }

    private static ReferenceDate? ReadEpoch(AnalyzerConfigOptions global, ICollection<string> problems)
    {
        if (!global.TryGetValue(SourceDateEpochProperty, out var text) || text.Trim().Length == 0) return null;
        if (ReferenceDate.TryParseSourceDateEpoch(text, out var date)) return date;
        problems.Add($"SOURCE_DATE_EPOCH = {text.Trim()}: expected a whole number of seconds since 1970-01-01");
        return null;
    }
}

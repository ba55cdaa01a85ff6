using Lint.Rules;

namespace Lint.Configuration;

/// <summary>
/// The one adapter from configuration keys to <see cref="LintConfiguration"/>, shared by the CLI (.editorconfig)
/// and the analyzer (AnalyzerConfigOptions): <c>dotnet_diagnostic.ID.severity</c> (or <c>lint.ID.severity</c>),
/// <c>lint.reference_date</c>, <c>lint.packs</c> and <c>lint.ID.option</c>. Keys that are not Lint's are ignored; bad values are reported.
/// </summary>
public static class ConfigurationReader
{
    /// <summary>Builds the configuration; <paramref name="errors"/> receives one line per bad value.</summary>
    public static LintConfiguration Read(IEnumerable<KeyValuePair<string, string>> options, ReferenceDate defaultDate, ICollection<string> errors)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        var ruleOptions = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var date = defaultDate;
        IReadOnlyCollection<string>? packs = null;
        foreach (var pair in options)
        {
            var key = pair.Key.Trim();
            var value = pair.Value.Trim();
            if (key.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
            {
                var id = key.Substring("dotnet_diagnostic.".Length, key.Length - "dotnet_diagnostic.".Length - ".severity".Length);
                if (!IsLintId(id)) continue;
                if (value.Equals("default", StringComparison.OrdinalIgnoreCase)) severities.Remove(id);
                else if (SeverityNames.TryParse(value, out var severity)) severities[id] = severity;
                else errors.Add($"{key} = {value}: allowed values are {string.Join(", ", SeverityNames.ConfigValues)}");
            }
            else if (key.Equals("lint.packs", StringComparison.OrdinalIgnoreCase))
            {
                packs = [.. value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)];
            }
            else if (key.Equals("lint.reference_date", StringComparison.OrdinalIgnoreCase))
            {
                if (ReferenceDate.TryParse(value, out var parsed)) date = parsed;
                else errors.Add($"{key} = {value}: expected a date, YYYY-MM-DD");
            }
            else if (key.StartsWith("lint.", StringComparison.OrdinalIgnoreCase))
            {
                var rest = key.Substring("lint.".Length);
                var dot = rest.IndexOf('.');
                if (dot <= 0 || !IsLintId(rest.Substring(0, dot))) continue;
                var id = rest.Substring(0, dot);

                // lint.ED2002.severity is the same as dotnet_diagnostic.ED2002.severity: the compiler hides the
                // dotnet_diagnostic keys of .editorconfig sections from analyzers, so both hosts accept this spelling.
                if (rest.Substring(dot + 1).Equals("severity", StringComparison.OrdinalIgnoreCase))
                {
                    if (value.Equals("default", StringComparison.OrdinalIgnoreCase)) severities.Remove(id);
                    else if (SeverityNames.TryParse(value, out var ruleSeverity)) severities[id] = ruleSeverity;
                    else errors.Add($"{key} = {value}: allowed values are {string.Join(", ", SeverityNames.ConfigValues)}");
                    continue;
                }

                if (!ruleOptions.TryGetValue(id, out var bag)) ruleOptions[id] = bag = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                bag[rest.Substring(dot + 1)] = value;
            }
        }

        return new LintConfiguration(date)
        {
            EnabledPacks = packs,
            Severities = severities,
            RuleOptions = ruleOptions.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>
    /// The problem with one configuration line, or null when it is fine or not Lint's. Hosts call it once per line
    /// to report ED0012 at the line, rather than once per article.
    /// </summary>
    public static string? Validate(string key, string value)
    {
        var errors = new List<string>();
        Read([new KeyValuePair<string, string>(key, value)], default, errors);
        if (errors.Count > 0) return errors[0];
        if (key.Trim().StartsWith("lint.", StringComparison.OrdinalIgnoreCase) && !key.Trim().Equals("lint.packs", StringComparison.OrdinalIgnoreCase)
            && !key.Trim().Equals("lint.reference_date", StringComparison.OrdinalIgnoreCase))
        {
            var rest = key.Trim().Substring("lint.".Length);
            var dot = rest.IndexOf('.');
            if (dot <= 0 || !IsLintId(rest.Substring(0, dot)))
                return $"{key.Trim()}: unknown Lint key; use lint.packs, lint.reference_date or lint.RULEID.option";
        }

        return null;
    }

    private static bool IsLintId(string id) =>
        id.Length >= 5 && id.Take(2).All(char.IsLetter) && char.IsDigit(id[id.Length - 1]);
}

using Lint.Loading;
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
            // "dotnet_diagnostic.severity" starts and ends so too, with no id between.
            if (key.Length > "dotnet_diagnostic..severity".Length && key.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
            {
                var id = key.Substring("dotnet_diagnostic.".Length, key.Length - "dotnet_diagnostic.".Length - ".severity".Length);
                if (!IsLintId(id)) continue;
                if (value.Equals("default", StringComparison.OrdinalIgnoreCase)) severities.Remove(id);
                else if (SeverityNames.TryParse(value, out var severity)) severities[id] = severity;
                else errors.Add($"{key} = {value}: allowed values are {string.Join(", ", SeverityNames.ConfigValues)}");
            }
            else if (key.Equals("lint.packs", StringComparison.OrdinalIgnoreCase))
            {
                packs = [.. value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)];
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
    /// to report ED0012 at the line, rather than once per article. With the <paramref name="catalog"/> the run loaded,
    /// it also checks what only the rules can tell: <c>lint.packs</c> names loaded packs (and at least one), and
    /// <c>lint.ID.option</c> names a loaded rule, an option its kind reads, and a value the option accepts. Each of
    /// those would otherwise switch rules off, or leave them as they were, without a word.
    /// </summary>
    public static string? Validate(string key, string value, RuleCatalog? catalog = null)
    {
        var errors = new List<string>();
        Read([new KeyValuePair<string, string>(key, value)], default, errors);
        if (errors.Count > 0) return errors[0];
        key = key.Trim();
        value = value.Trim();
        if (!key.StartsWith("lint.", StringComparison.OrdinalIgnoreCase) || key.Equals("lint.reference_date", StringComparison.OrdinalIgnoreCase))
            return null;
        if (key.Equals("lint.packs", StringComparison.OrdinalIgnoreCase)) return ValidatePacks(key, value, catalog);

        var rest = key.Substring("lint.".Length);
        var dot = rest.IndexOf('.');
        if (dot <= 0 || !IsLintId(rest.Substring(0, dot)))
            return $"{key}: unknown Lint key; use lint.packs, lint.reference_date or lint.RULEID.option";
        var option = rest.Substring(dot + 1);
        if (catalog is null || option.Equals("severity", StringComparison.OrdinalIgnoreCase)) return null;

        var id = rest.Substring(0, dot);
        if (catalog.Find(id) is not { } rule)
            return catalog.Rules.Count == 0 ? null : $"{key}: no rule {id} is loaded, so the option does nothing; check the rule id";
        var options = (rule.Check as IConfigurableCheck)?.ConfigurationOptions;
        if (options is null || options.Count == 0)
            return $"{key}: rule {rule.Id} takes no options from configuration";
        if (!options.TryGetValue(option, out var allowed))
            return $"{key}: rule {rule.Id} has no option '{option}'; its options: {string.Join(", ", options.Keys.OrderBy(k => k, StringComparer.Ordinal))}";
        if (allowed.Count > 0 && !allowed.Contains(value, StringComparer.Ordinal))
            return $"{key} = {value}: allowed values are {string.Join(", ", allowed)}";
        return null;
    }

    private static string? ValidatePacks(string key, string value, RuleCatalog? catalog)
    {
        var names = value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var loaded = catalog?.PackNames ?? [];
        var known = loaded.Count == 0 ? string.Empty : $"; loaded packs: {string.Join(", ", loaded)}";
        if (names.Length == 0) return $"{key} = {value}: names no pack, so no rule would run; name at least one{known}";
        if (loaded.Count == 0) return null;
        var unknown = names.Where(n => !loaded.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count == 0) return null;
        var what = unknown.Count == 1 ? $"pack '{unknown[0]}' is" : $"packs {string.Join(", ", unknown.Select(u => $"'{u}'"))} are";
        return $"{key} = {value}: {what} not loaded (a misspelt name, or a --rules folder left out){known}";
    }

    private static bool IsLintId(string id) =>
        id.Length >= 5 && id.Take(2).All(char.IsLetter) && char.IsDigit(id[id.Length - 1]);
}

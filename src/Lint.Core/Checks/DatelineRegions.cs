using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// What may follow a city in a dateline (a state, a province, a country) and the countries it places the city in:
/// "Conn." and "Connecticut" are in the United States, "Georgia" in the United States or in Georgia. Read from
/// rules/data/regions.tsv (KEY, tab, comma-separated country codes).
/// </summary>
public sealed class DatelineRegions
{
    // Read on first use: most runs check few datelines with a region, and every run loads the rules.
    private readonly Lazy<Dictionary<string, string>> _countries;

    private DatelineRegions(string text) => _countries = new Lazy<Dictionary<string, string>>(() => Read(text));

    /// <summary>Takes the text of regions.tsv ('#' starts a comment line); it is read on the first question.</summary>
    public static DatelineRegions Parse(string text) => new(text);

    private static Dictionary<string, string> Read(string text)
    {
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var key = PlaceName.IsNormalized(line, 0, tab) ? line.Substring(0, tab) : PlaceName.Normalize(line.Substring(0, tab));
            if (key.Length > 0) countries[key] = line.Substring(tab + 1).Trim();
        }

        return countries;
    }

    /// <summary>The country codes (comma-separated) of a region as a dateline writes it, or null when it is not a known region.</summary>
    public string? CountriesOf(string region)
    {
        var key = PlaceName.Normalize(region);
        return _countries.Value.TryGetValue(key, out var codes) ? codes : null;
    }
}

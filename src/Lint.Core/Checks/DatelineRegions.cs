using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// What may follow a city in a dateline (a state, a province, a country) and the countries it places the city in:
/// "Conn." and "Connecticut" are in the United States, "Georgia" in the United States or in Georgia. Read from
/// rules/data/regions.tsv (KEY, tab, comma-separated country codes, tab, the codes of those countries where KEY is a
/// state or province that datelines name for every smaller place).
/// </summary>
internal sealed class DatelineRegions
{
    // Read on first use: most runs check few datelines with a region, and every run loads the rules.
    private readonly Lazy<Dictionary<string, (string Countries, bool Division)>> _regions;

    private DatelineRegions(string text) => _regions = new Lazy<Dictionary<string, (string, bool)>>(() => Read(text));

    /// <summary>Takes the text of regions.tsv ('#' starts a comment line); it is read on the first question.</summary>
    public static DatelineRegions Parse(string text) => new(text);

    private static Dictionary<string, (string, bool)> Read(string text)
    {
        var regions = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0) continue;
            var key = PlaceName.IsNormalized(fields[0], 0, fields[0].Length) ? fields[0] : PlaceName.Normalize(fields[0]);
            var countries = fields[1].Trim();
            var division = fields.Length > 2 && fields[2].Trim().Length > 0 && string.Equals(fields[2].Trim(), countries, StringComparison.Ordinal);
            if (key.Length > 0) regions[key] = (countries, division);
        }

        return regions;
    }

    /// <summary>The country codes (comma-separated) of a region as a dateline writes it, or null when it is not a known region.</summary>
    public string? CountriesOf(string region) => _regions.Value.TryGetValue(PlaceName.Normalize(region), out var found) ? found.Countries : null;

    /// <summary>
    /// Whether the region is a state or province in every country it may stand for ("Vt.", "Ont."; not "Georgia", also a
    /// country): the places datelines give such a region for include the smallest towns.
    /// </summary>
    public bool IsDivision(string region) => _regions.Value.TryGetValue(PlaceName.Normalize(region), out var found) && found.Division;
}

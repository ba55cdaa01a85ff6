using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Known place names (keys made by <see cref="PlaceName.Normalize"/>) and the prominent dateline cities that
/// misspellings are matched against, built from the files in rules/data/ (GeoNames, CC BY). Three parts: the known
/// names (<see cref="PlaceIndex"/>, read only for a name that is near a city), the suggestions
/// (<see cref="CitySuggester"/>) and the reading of the files (<see cref="GazetteerFiles"/>).
/// </summary>
internal sealed class Gazetteer
{
    private readonly Lazy<PlaceIndex> _places;
    private readonly Dictionary<string, long> _population;
    private readonly CitySuggester _suggester;

    /// <summary>
    /// A suggestion candidate. <see cref="Clear"/>: no other city is as near to the name unless it is a tenth of this
    /// one's size or less, so that the suggestion can be made without asking.
    /// </summary>
    public sealed record City(string Key, string Name, long Population)
    {
        /// <summary>Whether this city is clearly the nearest (see the record).</summary>
        public bool Clear { get; init; } = true;
    }

    private Gazetteer(Lazy<byte[]> places, string cities)
    {
        _places = new Lazy<PlaceIndex>(() => PlaceIndex.Create(places.Value));

        // One pass over the cities: the keys serve both the population table and the candidates. Sized from the line
        // count: growing them step by step allocates (and collects) twice over.
        var rows = GazetteerFiles.LineCount(cities);
        _population = new Dictionary<string, long>(rows, StringComparer.Ordinal);
        var candidates = new List<CityRow>(rows);
        foreach (var row in GazetteerFiles.Cities(cities))
        {
            _population[row.Key] = Math.Max(row.Population, _population.TryGetValue(row.Key, out var p) ? p : 0);
            candidates.Add(row);
        }

        _suggester = new CitySuggester(cities, candidates);
    }

    /// <summary>
    /// A gazetteer over the two files, remembered for the same places bytes and cities text when the places are already read:
    /// hosts that reload rules (the analyzer in the long-lived compiler server, tests) pay for the tables once.
    /// Places not yet read are read when a name is first not among the cities.
    /// </summary>
    public static Gazetteer ParseCached(Lazy<byte[]> places, string cities) =>
        places.IsValueCreated ? GazetteerFiles.Remembered(places.Value, cities, () => new Gazetteer(places, cities)) : new Gazetteer(places, cities);

    /// <summary>Parses places.txt (one key a line) and dateline-cities.tsv (key, name, population, country); '#' starts a comment line.</summary>
    public static Gazetteer Parse(string places, string cities) => new(new Lazy<byte[]>(() => System.Text.Encoding.UTF8.GetBytes(places)), cities);

    /// <summary>Whether <paramref name="name"/> is a known place, trying St./Ft./Mt. spelled out.</summary>
    public bool IsKnown(string name)
    {
        var key = PlaceName.Normalize(name);
        return key.Length == 0 || Variants(key).Any(_population.ContainsKey) || Variants(key).Any(_places.Value.Contains);
    }

    /// <summary>Whether <paramref name="name"/> is one of the dateline cities (St./Ft./Mt. spelled out too).</summary>
    public bool IsCity(string name) => Variants(PlaceName.Normalize(name)).Any(_population.ContainsKey);

    /// <summary>The population of the most populous city with this name (0 when it is not a listed city).</summary>
    public long PopulationOf(string name) =>
        Variants(PlaceName.Normalize(name)).Select(k => _population.TryGetValue(k, out var p) ? p : 0).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The most populous dateline city within the edit budget of <paramref name="name"/>, or null. The budget comes
    /// from the longer of the two names: none under 5 letters, where one edit reaches too many real places; 1 edit up
    /// to 7 letters; 2 from 8. "ST. PAL" is compared as "SAINT PAL". <paramref name="minPopulation"/> restricts the
    /// candidates to large cities.
    /// </summary>
    public City? Suggest(string name, long minPopulation = 0, int maxEdits = 2) => Suggest(name, countries: null, minPopulation, maxEdits);

    /// <summary>
    /// <see cref="Suggest(string, long, int)"/> among the cities of <paramref name="countries"/> (ISO 3166-1 alpha-2
    /// codes, comma-separated, as regions.tsv gives them), or of every country when it is null.
    /// </summary>
    public City? Suggest(string name, string? countries, long minPopulation = 0, int maxEdits = 2) =>
        _suggester.Suggest(name, countries, minPopulation, maxEdits);

    /// <summary>The key and its forms with St./Ste./Ft./Mt./Pt. spelled out.</summary>
    internal static IEnumerable<string> Variants(string key)
    {
        yield return key;
        foreach (var (abbreviation, full) in Abbreviations)
        {
            if (key.StartsWith(abbreviation, StringComparison.Ordinal)) yield return full + key.Substring(abbreviation.Length);
        }
    }

    private static readonly (string Abbreviation, string Full)[] Abbreviations =
        [("ST ", "SAINT "), ("STE ", "SAINTE "), ("FT ", "FORT "), ("MT ", "MOUNT "), ("PT ", "PORT ")];
}

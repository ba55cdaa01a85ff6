using System.Globalization;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Known place names (keys made by <see cref="PlaceName.Normalize"/>) and the prominent dateline cities that
/// misspellings are matched against. Built from the files in rules/data/ (GeoNames, CC BY).
/// </summary>
public sealed class Gazetteer
{
    private readonly Lazy<HashSet<string>> _places;
    private readonly HashSet<string> _cityKeys = new(StringComparer.Ordinal);
    private readonly List<City>[] _citiesByLength;
    private readonly Dictionary<string, long> _population = new(StringComparer.Ordinal);

    /// <summary>A suggestion candidate.</summary>
    public sealed record City(string Key, string Name, long Population);

    private Gazetteer(Func<HashSet<string>> places, List<City> cities)
    {
        // The 300,000 known names are only needed for a dateline city that is not among the candidates; most
        // datelines name a major city, so most runs never build the set.
        _places = new Lazy<HashSet<string>>(places);
        var maxLength = cities.Count == 0 ? 0 : cities.Max(c => c.Key.Length);
        _citiesByLength = new List<City>[maxLength + 3];
        for (var i = 0; i < _citiesByLength.Length; i++) _citiesByLength[i] = [];
        foreach (var city in cities)
        {
            _cityKeys.Add(city.Key);
            _citiesByLength[city.Key.Length].Add(city);
            _population[city.Key] = Math.Max(city.Population, _population.TryGetValue(city.Key, out var p) ? p : 0);
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, Tuple<string, Gazetteer>> Parsed = new();

    /// <summary>
    /// <see cref="Parse"/>, remembered for the same pair of strings: hosts that reload rules (the analyzer in the
    /// long-lived compiler server, tests) pay for the 300,000-name table once.
    /// </summary>
    public static Gazetteer ParseCached(string places, string cities)
    {
        lock (Parsed)
        {
            if (Parsed.TryGetValue(places, out var entry) && ReferenceEquals(entry.Item1, cities)) return entry.Item2;
            var gazetteer = Parse(places, cities);
            Parsed.Remove(places);
            Parsed.Add(places, Tuple.Create(cities, gazetteer));
            return gazetteer;
        }
    }

    /// <summary>Parses places.txt (one key a line) and dateline-cities.tsv (key, name, population, country); '#' starts a comment line.</summary>
    public static Gazetteer Parse(string places, string cities)
    {
        HashSet<string> BuildPlaces()
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Lines(places)) set.Add(IsKey(line) ? line : PlaceName.Normalize(line));
            set.Remove(string.Empty);
            return set;
        }

        var list = new List<City>();
        foreach (var line in Lines(cities))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3) continue;
            var key = IsKey(fields[0]) ? fields[0] : PlaceName.Normalize(fields[0]);
            if (key.Length == 0) continue;
            long.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            list.Add(new City(key, fields[1], population));
        }

        return new Gazetteer(BuildPlaces, list);
    }

    /// <summary>Whether <paramref name="name"/> is a known place, trying St./Ft./Mt. spelled out.</summary>
    public bool IsKnown(string name)
    {
        var key = PlaceName.Normalize(name);
        return key.Length == 0 || Variants(key).Any(_cityKeys.Contains) || Variants(key).Any(_places.Value.Contains);
    }

    /// <summary>The population of the most populous city with this name (0 when it is not a listed city).</summary>
    public long PopulationOf(string name) =>
        Variants(PlaceName.Normalize(name)).Select(k => _population.TryGetValue(k, out var p) ? p : 0).DefaultIfEmpty(0).Max();

    /// <summary>
    /// The most populous dateline city within the edit budget of <paramref name="name"/>, or null. The budget comes
    /// from the longer of the two names: none under 5 letters, where one edit reaches too many real places; 1 edit up
    /// to 7 letters; 2 from 8. "ST. PAL" is compared as "SAINT PAL". <paramref name="minPopulation"/> restricts the
    /// candidates to large cities.
    /// </summary>
    public City? Suggest(string name, long minPopulation = 0, int maxEdits = 2)
    {
        City? best = null;
        var bestDistance = int.MaxValue;
        foreach (var key in Variants(PlaceName.Normalize(name)))
        {
            if (key.Length < 4) continue;
            for (var length = Math.Max(0, key.Length - 2); length <= key.Length + 2 && length < _citiesByLength.Length; length++)
            {
                var budget = Math.Min(maxEdits, Math.Max(key.Length, length) switch
                {
                    < 5 => 0,
                    < 8 => 1,
                    _ => 2,
                });
                if (budget == 0 || Math.Abs(length - key.Length) > budget) continue;
                foreach (var city in _citiesByLength[length])
                {
                    if (city.Population < minPopulation) continue;
                    var distance = EditDistance.OptimalStringAlignment(key, city.Key, budget);
                    if (distance == 0 || distance > budget) continue;
                    if (distance < bestDistance || (distance == bestDistance && best is not null && city.Population > best.Population))
                    {
                        best = city;
                        bestDistance = distance;
                    }
                }
            }
        }

        return best;
    }

    private static IEnumerable<string> Variants(string key)
    {
        yield return key;
        foreach (var (abbreviation, full) in Abbreviations)
        {
            if (key.StartsWith(abbreviation, StringComparison.Ordinal)) yield return full + key.Substring(abbreviation.Length);
        }
    }

    private static readonly (string Abbreviation, string Full)[] Abbreviations =
        [("ST ", "SAINT "), ("STE ", "SAINTE "), ("FT ", "FORT "), ("MT ", "MOUNT "), ("PT ", "PORT ")];

    /// <summary>
    /// Whether a line is already a key (the generated files are): only A–Z, 0–9 and single inner spaces. Checking
    /// is far cheaper than normalising 300,000 names at every start.
    /// </summary>
    private static bool IsKey(string line)
    {
        if (line.Length == 0 || line[0] == ' ' || line[line.Length - 1] == ' ') return false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is >= 'A' and <= 'Z' or >= '0' and <= '9') continue;
            if (c == ' ' && line[i - 1] != ' ') continue;
            return false;
        }

        return true;
    }

    private static IEnumerable<string> Lines(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }
}

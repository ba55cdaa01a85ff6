using System.Globalization;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Known place names (keys made by <see cref="PlaceName.Normalize"/>) and the prominent dateline cities that
/// misspellings are matched against. Built from the files in rules/data/ (GeoNames, CC BY).
/// </summary>
public sealed class Gazetteer
{
    private readonly HashSet<string> _places;
    private readonly List<City>[] _citiesByLength;

    /// <summary>A suggestion candidate.</summary>
    public sealed record City(string Key, string Name, long Population);

    private Gazetteer(HashSet<string> places, List<City> cities)
    {
        _places = places;
        var maxLength = cities.Count == 0 ? 0 : cities.Max(c => c.Key.Length);
        _citiesByLength = new List<City>[maxLength + 3];
        for (var i = 0; i < _citiesByLength.Length; i++) _citiesByLength[i] = [];
        foreach (var city in cities)
        {
            _places.Add(city.Key);
            _citiesByLength[city.Key.Length].Add(city);
        }
    }

    /// <summary>Number of known place keys.</summary>
    public int PlaceCount => _places.Count;

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
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lines(places)) set.Add(PlaceName.Normalize(line));
        set.Remove(string.Empty);
        var list = new List<City>();
        foreach (var line in Lines(cities))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3) continue;
            var key = PlaceName.Normalize(fields[0]);
            if (key.Length == 0) continue;
            long.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
            list.Add(new City(key, fields[1], population));
        }

        return new Gazetteer(set, list);
    }

    /// <summary>Whether <paramref name="name"/> is a known place, trying St./Ft./Mt. spelled out.</summary>
    public bool IsKnown(string name)
    {
        var key = PlaceName.Normalize(name);
        if (key.Length == 0) return true;
        if (_places.Contains(key)) return true;
        foreach (var (abbreviation, full) in Abbreviations)
        {
            if (key.StartsWith(abbreviation, StringComparison.Ordinal) && _places.Contains(full + key.Substring(abbreviation.Length)))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The most populous dateline city within the edit budget of <paramref name="name"/> (1 edit for names of 5 to 7
    /// letters, 2 from 8; none for shorter names, where one edit reaches too many real places), or null.
    /// </summary>
    public City? Suggest(string name)
    {
        var key = PlaceName.Normalize(name);
        var budget = key.Length switch
        {
            < 5 => 0,
            < 8 => 1,
            _ => 2,
        };
        if (budget == 0) return null;
        City? best = null;
        var bestDistance = int.MaxValue;
        for (var length = Math.Max(0, key.Length - budget); length <= key.Length + budget && length < _citiesByLength.Length; length++)
        {
            foreach (var city in _citiesByLength[length])
            {
                var distance = EditDistance.OptimalStringAlignment(key, city.Key, budget);
                if (distance > budget) continue;
                if (distance < bestDistance || (distance == bestDistance && best is not null && city.Population > best.Population))
                {
                    best = city;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    private static readonly (string Abbreviation, string Full)[] Abbreviations =
        [("ST ", "SAINT "), ("STE ", "SAINTE "), ("FT ", "FORT "), ("MT ", "MOUNT "), ("PT ", "PORT ")];

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

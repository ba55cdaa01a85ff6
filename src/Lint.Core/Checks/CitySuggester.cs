using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// The dateline cities that a misspelled name is matched against: the candidates of dateline-cities.tsv grouped by
/// the length of their keys (when a name is first unknown), searched within an edit budget, each answer remembered.
/// </summary>
internal sealed partial class CitySuggester
{
    private readonly string _cities;
    private readonly List<CityRow> _candidates;
    private readonly Lazy<CityRow[][]> _candidatesByLength;

    /// <summary>Suggestions from <paramref name="candidates"/>, the rows of <paramref name="cities"/> (whose display names it cuts when suggested).</summary>
    public CitySuggester(string cities, List<CityRow> candidates)
    {
        _cities = cities;
        _candidates = candidates;
        _candidatesByLength = new Lazy<CityRow[][]>(() =>
        {
            var lists = new List<CityRow>[(_candidates.Count == 0 ? 0 : _candidates.Max(c => c.Key.Length)) + 3];
            for (var length = 0; length < lists.Length; length++) lists[length] = [];
            foreach (var candidate in _candidates) lists[candidate.Key.Length].Add(candidate);
            return [.. lists.Select(list => list.ToArray())];
        });
    }

    private const int MaxRemembered = 4096;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, long, int), Gazetteer.City?> _suggestions = new();

    /// <summary>See <see cref="Gazetteer.Suggest(string, string?, long, int)"/>.</summary>
    public Gazetteer.City? Suggest(string name, string? countries, long minPopulation, int maxEdits)
    {
        // An archive repeats its datelines: each name is searched for once (up to a bound, so that memory stays flat).
        var query = (name, countries ?? string.Empty, minPopulation, maxEdits);
        if (_suggestions.TryGetValue(query, out var known)) return known;
        var found = Search(name, countries, minPopulation, maxEdits);
        if (_suggestions.Count < MaxRemembered) _suggestions.TryAdd(query, found);
        return found;
    }

    private Gazetteer.City? Search(string name, string? countries, long minPopulation, int maxEdits)
    {
        CityRow? best = null;
        var bestDistance = int.MaxValue;
        long rival = -1; // the largest other city as near as the best
        var codes = countries?.Split(',').Select(code => GazetteerFiles.CountryCode(code.Trim(), 0, code.Trim().Length)).Where(code => code != 0).ToArray();
        foreach (var key in Gazetteer.Variants(PlaceName.Normalize(name)))
        {
            if (key.Length < 4) continue;
            var mask = CharacterMask(key);
            var citiesByLength = _candidatesByLength.Value;
            for (var length = Math.Max(0, key.Length - 2); length <= key.Length + 2 && length < citiesByLength.Length; length++)
            {
                var budget = Math.Min(maxEdits, Math.Max(key.Length, length) switch
                {
                    < 5 => 0,
                    < 8 => 1,
                    _ => 2,
                });
                if (budget == 0 || Math.Abs(length - key.Length) > budget) continue;
                foreach (var city in citiesByLength[length])
                {
                    if (city.Population < minPopulation) continue;

                    // Each edit adds or removes at most two distinct characters: a cheap test that skips most cities.
                    if (PopCount(city.Mask ^ mask) > 2 * budget) continue;
                    if (codes is not null && Array.IndexOf(codes, city.Country) < 0) continue;
                    var distance = EditDistance.OptimalStringAlignment(key, city.Key, budget);
                    if (distance == 0 || distance > budget) continue;
                    if (distance < bestDistance)
                    {
                        best = city;
                        bestDistance = distance;
                        rival = -1;
                    }
                    else if (distance == bestDistance && best is { } current && !SameName(city, current))
                    {
                        rival = Math.Max(rival, Math.Min(city.Population, current.Population));
                        if (city.Population > current.Population) best = city;
                    }
                }
            }
        }

        return best is { } found
            ? new Gazetteer.City(found.Key, _cities.Substring(found.NameStart, found.NameLength), found.Population) { Clear = rival < 0 || found.Population >= 10 * rival }
            : null;
    }

    /// <summary>Two rows of one city (its spellings with and without accents) are not rivals.</summary>
    private bool SameName(CityRow a, CityRow b) =>
        a.NameLength == b.NameLength && string.CompareOrdinal(_cities, a.NameStart, _cities, b.NameStart, a.NameLength) == 0;

    /// <summary>One bit for each of A–Z and 0–9, one for space, one for anything else.</summary>
    public static ulong CharacterMask(string key)
    {
        ulong mask = 0;
        foreach (var c in key)
        {
            mask |= c switch
            {
                >= 'A' and <= 'Z' => 1UL << (c - 'A'),
                >= '0' and <= '9' => 1UL << (26 + c - '0'),
                ' ' => 1UL << 36,
                _ => 1UL << 37,
            };
        }

        return mask;
    }

    /// <summary>The number of bits set.</summary>
    private static partial int PopCount(ulong value);
}

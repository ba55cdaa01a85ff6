using System.Globalization;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Known place names (keys made by <see cref="PlaceName.Normalize"/>) and the prominent dateline cities that
/// misspellings are matched against. Built from the files in rules/data/ (GeoNames, CC BY).
/// Start-up matters (one article on save): the 300,000 names are searched in their sorted text, never copied
/// into a set, and read only for a name that is near a city; the suggestion candidates are grouped only when a name
/// is first unknown, and a city's display name is cut from the file only when it is suggested.
/// </summary>
public sealed class Gazetteer
{
    private readonly Lazy<PlaceIndex> _places;
    private readonly Dictionary<string, long> _population;
    private readonly string _cities;
    private readonly List<Candidate> _candidates;
    private readonly Lazy<Candidate[][]> _candidatesByLength;

    /// <summary>A suggestion candidate.</summary>
    public sealed record City(string Key, string Name, long Population);

    /// <summary>A city as the search reads it: its display name stays in the file's text until it is suggested.</summary>
    private readonly record struct Candidate(string Key, ulong Mask, long Population, int NameStart, int NameLength);

    private Gazetteer(Lazy<string> places, string cities)
    {
        // One pass over the cities: the keys serve both the population table and the candidates.
        _places = new Lazy<PlaceIndex>(() => PlaceIndex.Create(places.Value));
        _cities = cities;
        _population = new Dictionary<string, long>(StringComparer.Ordinal);
        _candidates = [];
        foreach (var row in Rows(cities))
        {
            _population[row.Key] = Math.Max(row.Population, _population.TryGetValue(row.Key, out var p) ? p : 0);
            _candidates.Add(row);
        }

        _candidatesByLength = new Lazy<Candidate[][]>(() =>
        {
            var lists = new List<Candidate>[(_candidates.Count == 0 ? 0 : _candidates.Max(c => c.Key.Length)) + 3];
            for (var length = 0; length < lists.Length; length++) lists[length] = [];
            foreach (var candidate in _candidates) lists[candidate.Key.Length].Add(candidate);
            return [.. lists.Select(list => list.ToArray())];
        });
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, Tuple<string, Gazetteer>> Parsed = new();

    /// <summary>
    /// A gazetteer over the two files, remembered for the same pair of strings when the places are already read:
    /// hosts that reload rules (the analyzer in the long-lived compiler server, tests) pay for the tables once.
    /// Places not yet read are read when a name is first not among the cities.
    /// </summary>
    public static Gazetteer ParseCached(Lazy<string> places, string cities)
    {
        if (!places.IsValueCreated) return new Gazetteer(places, cities);
        lock (Parsed)
        {
            if (Parsed.TryGetValue(places.Value, out var entry) && ReferenceEquals(entry.Item1, cities)) return entry.Item2;
            var gazetteer = new Gazetteer(places, cities);
            Parsed.Remove(places.Value);
            Parsed.Add(places.Value, Tuple.Create(cities, gazetteer));
            return gazetteer;
        }
    }

    /// <summary>Parses places.txt (one key a line) and dateline-cities.tsv (key, name, population, country); '#' starts a comment line.</summary>
    public static Gazetteer Parse(string places, string cities) => new(new Lazy<string>(() => places), cities);

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
    public City? Suggest(string name, long minPopulation = 0, int maxEdits = 2)
    {
        // An archive repeats its datelines: each name is searched for once (up to a bound, so that memory stays flat).
        var query = (name, minPopulation, maxEdits);
        if (_suggestions.TryGetValue(query, out var known)) return known;
        var found = Search(name, minPopulation, maxEdits);
        if (_suggestions.Count < MaxRemembered) _suggestions.TryAdd(query, found);
        return found;
    }

    private const int MaxRemembered = 4096;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, long, int), City?> _suggestions = new();

    private City? Search(string name, long minPopulation, int maxEdits)
    {
        Candidate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var key in Variants(PlaceName.Normalize(name)))
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
                    var distance = EditDistance.OptimalStringAlignment(key, city.Key, budget);
                    if (distance == 0 || distance > budget) continue;
                    if (distance < bestDistance || (distance == bestDistance && best is { } current && city.Population > current.Population))
                    {
                        best = city;
                        bestDistance = distance;
                    }
                }
            }
        }

        return best is { } found ? new City(found.Key, _cities.Substring(found.NameStart, found.NameLength), found.Population) : null;
    }

    /// <summary>One bit for each of A–Z and 0–9, one for space, one for anything else.</summary>
    private static ulong CharacterMask(string key)
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

    private static int PopCount(ulong value)
    {
#if NET7_0_OR_GREATER
        return System.Numerics.BitOperations.PopCount(value);
#else
        var count = 0;
        for (; value != 0; value &= value - 1) count++;
        return count;
#endif
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
    private static bool IsKey(string text, int start, int length)
    {
        if (length == 0 || text[start] == ' ' || text[start + length - 1] == ' ') return false;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is >= 'A' and <= 'Z' or >= '0' and <= '9') continue;
            if (c == ' ' && text[i - 1] != ' ') continue;
            return false;
        }

        return true;
    }

    /// <summary>The lines of a data file without comments and blank lines, as (start, length); CR before LF dropped.</summary>
    private static IEnumerable<(int Start, int Length)> Lines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var length = end - start;
            if (length > 0 && text[end - 1] == '\r') length--;
            if (length > 0 && text[start] != '#') yield return (start, length);
            start = end + 1;
        }
    }

    /// <summary>The rows of dateline-cities.tsv: key, display name (only when asked for), population.</summary>
    private static IEnumerable<Candidate> Rows(string text)
    {
        foreach (var (start, length) in Lines(text))
        {
            var end = start + length;
            var tab1 = text.IndexOf('\t', start, length);
            var tab2 = tab1 < 0 ? -1 : text.IndexOf('\t', tab1 + 1, end - tab1 - 1);
            if (tab2 < 0) continue;
            var key = IsKey(text, start, tab1 - start) ? text.Substring(start, tab1 - start) : PlaceName.Normalize(text.Substring(start, tab1 - start));
            if (key.Length == 0) continue;
            long population = 0;
            for (var i = tab2 + 1; i < end && text[i] is >= '0' and <= '9'; i++) population = (population * 10) + (text[i] - '0');
            yield return new Candidate(key, CharacterMask(key), population, tab1 + 1, tab2 - tab1 - 1);
        }
    }

    /// <summary>
    /// The known names: binary search over the file's own text when it is what the generator writes (keys, sorted
    /// ordinally, as places.txt says; checked once, in one pass that allocates nothing), else a set of normalised
    /// lines (a hand-made pack's file).
    /// </summary>
    private sealed class PlaceIndex
    {
        private readonly string _text;
        private readonly int _first;
        private readonly HashSet<string>? _set;

        private PlaceIndex(string text, int first, HashSet<string>? set)
        {
            _text = text;
            _first = first;
            _set = set;
        }

        public static PlaceIndex Create(string text)
        {
#if NET8_0_OR_GREATER
            if (GeneratedFirstLine(text) is var keysStart and >= 0) return new PlaceIndex(text, keysStart, null);
#endif
            int first = -1, previousStart = 0, previousLength = 0;
            foreach (var (start, length) in Lines(text))
            {
                if (!IsKey(text, start, length)) return WithSet(text);
                if (first < 0) first = start;
                else if (previousStart + previousLength + 1 != start || Compare(text, previousStart, previousLength, text, start, length) >= 0) return WithSet(text);
                previousStart = start;
                previousLength = length;
            }

            var tail = previousStart + previousLength;
            return first >= 0 && (tail == text.Length || (tail == text.Length - 1 && text[tail] == '\n')) ? new PlaceIndex(text, first, null) : WithSet(text);
        }

#if NET8_0_OR_GREATER
        private static readonly System.Buffers.SearchValues<char> KeyCharacters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n");

        /// <summary>
        /// Where the keys start when the text is exactly what the generator writes (comment lines, then sorted keys one a
        /// line, LF endings), found with vectorised searches (the loop below reads 300,000 lines a character at a time,
        /// which cost as much as linting 300 articles); -1 for anything else, which the loop then reads.
        /// </summary>
        private static int GeneratedFirstLine(string text)
        {
            var first = 0;
            while (first < text.Length && text[first] == '#')
            {
                var newline = text.IndexOf('\n', first);
                if (newline < 0) return -1;
                first = newline + 1;
            }

            var body = text.AsSpan(first);
            if (body.Length == 0 || body[0] is ' ' or '\n' || body[body.Length - 1] == ' ') return -1;
            if (body.IndexOfAnyExcept(KeyCharacters) >= 0 || body.IndexOf("  ".AsSpan()) >= 0 || body.IndexOf(" \n".AsSpan()) >= 0
                || body.IndexOf("\n ".AsSpan()) >= 0 || body.IndexOf("\n\n".AsSpan()) >= 0) return -1;

            // Strictly increasing in ordinal order, line by line.
            var previous = ReadOnlySpan<char>.Empty;
            var hasPrevious = false;
            while (body.Length > 0)
            {
                var newline = body.IndexOf('\n');
                var line = newline < 0 ? body : body.Slice(0, newline);
                if (hasPrevious && previous.SequenceCompareTo(line) >= 0) return -1;
                previous = line;
                hasPrevious = true;
                body = newline < 0 ? ReadOnlySpan<char>.Empty : body.Slice(newline + 1);
            }

            return first;
        }
#endif

        public bool Contains(string key)
        {
            if (_set is not null) return _set.Contains(key);

            // Bisect by character offset; each probe reads the whole line around the offset.
            int low = _first, high = _text.Length;
            while (low < high)
            {
                var middle = low + ((high - low) >> 1);
                var start = middle == 0 ? 0 : _text.LastIndexOf('\n', middle - 1, middle - low) + 1;
                if (start < low) start = low;
                var end = _text.IndexOf('\n', start);
                if (end < 0) end = _text.Length;
                var c = Compare(_text, start, end - start, key, 0, key.Length);
                if (c == 0) return true;
                if (c < 0) low = end + 1;
                else high = start;
            }

            return false;
        }

        private static PlaceIndex WithSet(string text)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (start, length) in Lines(text)) set.Add(PlaceName.Normalize(text.Substring(start, length)));
            set.Remove(string.Empty);
            return new PlaceIndex(text, 0, set);
        }

        private static int Compare(string a, int aStart, int aLength, string b, int bStart, int bLength)
        {
            var c = string.CompareOrdinal(a, aStart, b, bStart, Math.Min(aLength, bLength));
            return c != 0 ? c : aLength - bLength;
        }
    }
}

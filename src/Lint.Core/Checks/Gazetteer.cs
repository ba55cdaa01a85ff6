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
    private readonly record struct Candidate(string Key, ulong Mask, long Population, int NameStart, int NameLength, ushort Country);

    private Gazetteer(Lazy<byte[]> places, string cities)
    {
        // One pass over the cities: the keys serve both the population table and the candidates.
        _places = new Lazy<PlaceIndex>(() => PlaceIndex.Create(places.Value));
        _cities = cities;
        // Sized from the line count: growing them step by step allocates (and collects) twice over.
        var rows = LineCount(cities);
        _population = new Dictionary<string, long>(rows, StringComparer.Ordinal);
        _candidates = new List<Candidate>(rows);
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

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], Tuple<string, Gazetteer>> Parsed = new();

    /// <summary>
    /// A gazetteer over the two files, remembered for the same places bytes and cities text when the places are already read:
    /// hosts that reload rules (the analyzer in the long-lived compiler server, tests) pay for the tables once.
    /// Places not yet read are read when a name is first not among the cities.
    /// </summary>
    public static Gazetteer ParseCached(Lazy<byte[]> places, string cities)
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
    public City? Suggest(string name, string? countries, long minPopulation = 0, int maxEdits = 2)
    {
        // An archive repeats its datelines: each name is searched for once (up to a bound, so that memory stays flat).
        var query = (name, countries ?? string.Empty, minPopulation, maxEdits);
        if (_suggestions.TryGetValue(query, out var known)) return known;
        var found = Search(name, countries, minPopulation, maxEdits);
        if (_suggestions.Count < MaxRemembered) _suggestions.TryAdd(query, found);
        return found;
    }

    private const int MaxRemembered = 4096;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, long, int), City?> _suggestions = new();

    private City? Search(string name, string? countries, long minPopulation, int maxEdits)
    {
        Candidate? best = null;
        var bestDistance = int.MaxValue;
        var codes = countries?.Split(',').Select(code => CountryCode(code.Trim(), 0, code.Trim().Length)).Where(code => code != 0).ToArray();
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
                    if (codes is not null && Array.IndexOf(codes, city.Country) < 0) continue;
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
            var key = PlaceName.IsNormalized(text, start, tab1 - start) ? text.Substring(start, tab1 - start) : PlaceName.Normalize(text.Substring(start, tab1 - start));
            if (key.Length == 0) continue;
            long population = 0;
            var i = tab2 + 1;
            for (; i < end && text[i] is >= '0' and <= '9'; i++) population = (population * 10) + (text[i] - '0');
            var country = i + 3 <= end && text[i] == '\t' ? CountryCode(text, i + 1, end) : (ushort)0;
            yield return new Candidate(key, CharacterMask(key), population, tab1 + 1, tab2 - tab1 - 1, country);
        }
    }

    private static int LineCount(string text)
    {
        var lines = 1;
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1)) lines++;
        return lines;
    }

    /// <summary>An ISO 3166-1 alpha-2 code (the text from <paramref name="start"/> to <paramref name="end"/>) as a number, 0 when it is not one.</summary>
    private static ushort CountryCode(string text, int start, int end) =>
        end - start == 2 && text[start] is >= 'A' and <= 'Z' && text[start + 1] is >= 'A' and <= 'Z'
            ? (ushort)((((text[start] - 'A') * 26) + (text[start + 1] - 'A')) + 1)
            : (ushort)0;

    /// <summary>
    /// The known names: binary search over the file's own bytes when it is what the generator writes (comment lines,
    /// then keys sorted ordinally, one a line, LF endings, as places.txt says; checked once, in passes that allocate
    /// nothing), else a set of normalised lines (a hand-made pack's file). Bytes, not text: the 4 MB file would be
    /// an 8 MB string, and making it was a third of the time of checking one article with a misspelled dateline.
    /// </summary>
    private sealed class PlaceIndex
    {
        private readonly byte[] _bytes;
        private readonly int _first;
        private readonly HashSet<string>? _set;

        private PlaceIndex(byte[] bytes, int first, HashSet<string>? set)
        {
            _bytes = bytes;
            _first = first;
            _set = set;
        }

        public static PlaceIndex Create(byte[] bytes) =>
            GeneratedFirstLine(bytes) is var first and >= 0 ? new PlaceIndex(bytes, first, null) : WithSet(bytes);

#if NET8_0_OR_GREATER
        private static readonly System.Buffers.SearchValues<byte> KeyBytes = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n"u8);
#endif

        /// <summary>Where the keys start when the file is exactly what the generator writes; -1 for anything else.</summary>
        private static int GeneratedFirstLine(byte[] bytes)
        {
            var first = 0;
            while (first < bytes.Length && bytes[first] == (byte)'#')
            {
                var newline = Array.IndexOf(bytes, (byte)'\n', first);
                if (newline < 0) return -1;
                first = newline + 1;
            }

            if (first == bytes.Length || bytes[first] is (byte)' ' or (byte)'\n' || bytes[bytes.Length - 1] == (byte)' ') return -1;
#if NET8_0_OR_GREATER
            // Only key characters; no space or line break doubled, none at either end of a line (vectorised searches).
            var body = bytes.AsSpan(first);
            if (body.IndexOfAnyExcept(KeyBytes) >= 0 || body.IndexOf("  "u8) >= 0 || body.IndexOf(" \n"u8) >= 0
                || body.IndexOf("\n "u8) >= 0 || body.IndexOf("\n\n"u8) >= 0) return -1;
#else
            for (var i = first; i < bytes.Length; i++)
            {
                var b = bytes[i];
                if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')) continue;
                if (b is not ((byte)' ' or (byte)'\n')) return -1;

                // A space or a line break (never the first byte here): never two in a row.
                if (bytes[i - 1] is (byte)' ' or (byte)'\n') return -1;
            }
#endif

            // Strictly increasing in ordinal order, line by line.
            int previousStart = -1, previousLength = 0;
            for (var start = first; start < bytes.Length;)
            {
                var newline = Array.IndexOf(bytes, (byte)'\n', start);
                var end = newline < 0 ? bytes.Length : newline;
                if (previousStart >= 0 && Compare(bytes, previousStart, previousLength, bytes, start, end - start) >= 0) return -1;
                previousStart = start;
                previousLength = end - start;
                start = end + 1;
            }

            return first;
        }

        public bool Contains(string key)
        {
            if (_set is not null) return _set.Contains(key);

            // Bisect by byte offset; each probe reads the whole line around the offset. Keys are ASCII, so a byte is a character.
            int low = _first, high = _bytes.Length;
            while (low < high)
            {
                var middle = low + ((high - low) >> 1);
                var start = middle == 0 ? 0 : Array.LastIndexOf(_bytes, (byte)'\n', middle - 1, middle - low) + 1;
                if (start < low) start = low;
                var end = Array.IndexOf(_bytes, (byte)'\n', start);
                if (end < 0) end = _bytes.Length;
                var c = Compare(_bytes, start, end - start, key);
                if (c == 0) return true;
                if (c < 0) low = end + 1;
                else high = start;
            }

            return false;
        }

        private static PlaceIndex WithSet(byte[] bytes)
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            var text = System.Text.Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (lineStart, length) in Lines(text)) set.Add(PlaceName.Normalize(text.Substring(lineStart, length)));
            set.Remove(string.Empty);
            return new PlaceIndex(bytes, 0, set);
        }

        private static int Compare(byte[] a, int aStart, int aLength, byte[] b, int bStart, int bLength)
        {
#if NET8_0_OR_GREATER
            return a.AsSpan(aStart, aLength).SequenceCompareTo(b.AsSpan(bStart, bLength));
#else
            var n = Math.Min(aLength, bLength);
            for (var i = 0; i < n; i++)
            {
                var c = a[aStart + i] - b[bStart + i];
                if (c != 0) return c;
            }

            return aLength - bLength;
#endif
        }

        /// <summary>Ordinal order of a line of ASCII bytes and a key (a character outside ASCII sorts after every byte here).</summary>
        private static int Compare(byte[] line, int start, int length, string key)
        {
            var n = Math.Min(length, key.Length);
            for (var i = 0; i < n; i++)
            {
                var c = line[start + i] - key[i];
                if (c != 0) return c;
            }

            return length - key.Length;
        }
    }
}

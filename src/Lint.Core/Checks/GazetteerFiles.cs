using Lint.Text;

namespace Lint.Checks;

/// <summary>A row of dateline-cities.tsv as the suggestions read it: its display name stays in the file's text until it is suggested.</summary>
/// <param name="Key">The normalised name.</param>
/// <param name="Mask">The characters of the key (<see cref="CitySuggester.CharacterMask"/>).</param>
/// <param name="Population">The population.</param>
/// <param name="NameStart">Where the display name starts in the file's text.</param>
/// <param name="NameLength">The display name's length.</param>
/// <param name="Country">The country (<see cref="GazetteerFiles.CountryCode"/>), 0 when not given.</param>
internal readonly record struct CityRow(string Key, ulong Mask, long Population, int NameStart, int NameLength, ushort Country);

/// <summary>
/// Reading the gazetteer's files: the rows of dateline-cities.tsv (key, display name, population, country), the lines
/// of a data file, and the gazetteers already built for the same files.
/// </summary>
internal static class GazetteerFiles
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], Tuple<string, Gazetteer>> Parsed = new();

    /// <summary>The gazetteer built for these places bytes and this cities text, or a new one from <paramref name="build"/> (remembered).</summary>
    public static Gazetteer Remembered(byte[] places, string cities, Func<Gazetteer> build)
    {
        lock (Parsed)
        {
            if (Parsed.TryGetValue(places, out var entry) && ReferenceEquals(entry.Item1, cities)) return entry.Item2;
            var gazetteer = build();
            Parsed.Remove(places);
            Parsed.Add(places, Tuple.Create(cities, gazetteer));
            return gazetteer;
        }
    }

    /// <summary>The lines of a data file without comments and blank lines, as (start, length); CR before LF dropped.</summary>
    public static IEnumerable<(int Start, int Length)> Lines(string text)
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

    /// <summary>The rows of dateline-cities.tsv: key, display name (only when asked for), population, country.</summary>
    public static IEnumerable<CityRow> Cities(string text)
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
            yield return new CityRow(key, CitySuggester.CharacterMask(key), population, tab1 + 1, tab2 - tab1 - 1, country);
        }
    }

    /// <summary>The number of lines (line breaks plus one).</summary>
    public static int LineCount(string text)
    {
        var lines = 1;
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1)) lines++;
        return lines;
    }

    /// <summary>An ISO 3166-1 alpha-2 code (the text from <paramref name="start"/> to <paramref name="end"/>) as a number, 0 when it is not one.</summary>
    public static ushort CountryCode(string text, int start, int end) =>
        end - start == 2 && text[start] is >= 'A' and <= 'Z' && text[start + 1] is >= 'A' and <= 'Z'
            ? (ushort)((((text[start] - 'A') * 26) + (text[start + 1] - 'A')) + 1)
            : (ushort)0;
}

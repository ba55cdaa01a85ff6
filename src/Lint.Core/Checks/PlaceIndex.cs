using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// The known place names of places.txt: binary search over the file's own bytes when it is what the generator writes
/// (comment lines, then keys sorted ordinally, one a line, LF endings, as places.txt says; checked once, in passes
/// that allocate nothing), else a set of normalised lines (a hand-made pack's file). Read as bytes, never as text.
/// </summary>
internal sealed partial class PlaceIndex
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

    /// <summary>The index of the bytes of a places file.</summary>
    public static PlaceIndex Create(byte[] bytes) =>
        GeneratedFirstLine(bytes) is var first and >= 0 ? new PlaceIndex(bytes, first, null) : WithSet(bytes);

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
        if (!IsKeyLines(bytes, first)) return -1;

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

    /// <summary>Whether <paramref name="key"/> (normalised) is a known place.</summary>
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

    /// <summary>
    /// Whether the bytes from <paramref name="first"/> hold only key characters (A–Z, 0–9, space) and line breaks,
    /// with no space or line break doubled and none at either end of a line.
    /// </summary>
    private static partial bool IsKeyLines(byte[] bytes, int first);

    private static PlaceIndex WithSet(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = System.Text.Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (lineStart, length) in GazetteerFiles.Lines(text)) set.Add(PlaceName.Normalize(text.Substring(lineStart, length)));
        set.Remove(string.Empty);
        return new PlaceIndex(bytes, 0, set);
    }

    /// <summary>Ordinal order of two lines of bytes.</summary>
    private static partial int Compare(byte[] a, int aStart, int aLength, byte[] b, int bStart, int bLength);

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

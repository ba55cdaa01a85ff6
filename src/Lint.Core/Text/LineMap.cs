namespace Lint.Text;

/// <summary>
/// Offsets of line starts. Lines end at CR, LF or CRLF only (SARIF's rule), so that every host and every
/// output format agrees on line numbers.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    private LineMap(int[] lineStarts, int length)
    {
        _lineStarts = lineStarts;
        _length = length;
    }

    /// <summary>Number of lines; an empty text has one empty line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Builds the map for <paramref name="text"/>.</summary>
    public static LineMap Create(string text)
    {
        // Counted first, so that a long text's map is one array of the right size (no list grown and copied).
        var starts = new int[CountLines(text)];
        var n = 1;
        for (var i = 0; i < text.Length; i++)
        {
            // A search to the next line break: lines are tens of characters long.
            var k = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (k < 0) break;
            i += k;
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts[n++] = i + 1;
            }
            else if (c == '\n')
            {
                starts[n++] = i + 1;
            }
        }

        return new LineMap(starts, text.Length);
    }

    private static int CountLines(string text)
    {
        // Text with LF line ends only, most of it: one count.
        if (text.IndexOf('\r') < 0) return TextSearch.Count(text.AsSpan(), '\n') + 1;
        var count = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                count++;
            }
            else if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>0-based index of the line holding <paramref name="offset"/>.</summary>
    public int GetLineIndex(int offset)
    {
        if (offset < 0 || offset > _length) throw new ArgumentOutOfRangeException(nameof(offset));
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Offset where the 0-based line <paramref name="lineIndex"/> starts.</summary>
    public int GetLineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>Offset just past the last character of the line, before its line break.</summary>
    public int GetLineEnd(int lineIndex, string text)
    {
        var end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : _length;
        while (end > _lineStarts[lineIndex] && (text[end - 1] == '\n' || text[end - 1] == '\r')) end--;
        return end;
    }

    /// <summary>1-based line and column of <paramref name="offset"/>.</summary>
    public LinePosition GetPosition(int offset)
    {
        var line = GetLineIndex(offset);
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }
}

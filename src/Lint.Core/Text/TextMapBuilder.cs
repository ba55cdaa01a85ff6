namespace Lint.Text;

/// <summary>Writes a text from pieces of a source and records its <see cref="TextMap"/> as it goes.</summary>
internal sealed class TextMapBuilder
{
    private readonly System.Text.StringBuilder _text;
    private int[] _starts = new int[16];
    private int[] _sources = new int[16];
    private int[] _sourceEnds = new int[16];
    private int _count;

    /// <summary>A builder whose text will be about <paramref name="capacity"/> characters long.</summary>
    public TextMapBuilder(int capacity = 256) => _text = new System.Text.StringBuilder(capacity);

    /// <summary>Length of the text written so far.</summary>
    public int Length => _text.Length;

    /// <summary>The character at <paramref name="index"/> of the text written so far.</summary>
    public char this[int index] => _text[index];

    /// <summary>The <paramref name="length"/> characters written from <paramref name="start"/>, as a string.</summary>
    public string ToString(int start, int length) => _text.ToString(start, length);

    /// <summary>Copies <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>, one for one.</summary>
    public void Append(string source, int start, int length)
    {
        if (length <= 0) return;
        var k = _count - 1;

        // Contiguous with the last verbatim run: extend it.
        if (k >= 0 && _sourceEnds[k] == start && _sourceEnds[k] - _sources[k] == _text.Length - _starts[k])
        {
            _sourceEnds[k] += length;
        }
        else
        {
            Add(_text.Length, start, start + length);
        }

        _text.Append(source, start, length);
    }

    /// <summary>Writes <paramref name="text"/> for the source range [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>).</summary>
    public void Replace(string text, int sourceStart, int sourceEnd)
    {
        if (string.IsNullOrEmpty(text)) return;
        Add(_text.Length, sourceStart, sourceEnd);
        _text.Append(text);
    }

    /// <summary>Writes the one character <paramref name="c"/> for the source range [<paramref name="sourceStart"/>, <paramref name="sourceEnd"/>).</summary>
    public void Replace(char c, int sourceStart, int sourceEnd)
    {
        Add(_text.Length, sourceStart, sourceEnd);
        _text.Append(c);
    }

    /// <summary>Removes trailing characters back to <paramref name="length"/> (runs that end up empty are dropped).</summary>
    public void Truncate(int length)
    {
        if (length >= _text.Length) return;
        while (_count > 0 && _starts[_count - 1] >= length) _count--;
        if (_count > 0)
        {
            var k = _count - 1;
            if (_sourceEnds[k] - _sources[k] == _text.Length - _starts[k]) _sourceEnds[k] = _sources[k] + (length - _starts[k]);
        }

        _text.Length = length;
    }

    /// <summary>
    /// The map of the text from <paramref name="from"/> to <paramref name="to"/> alone, indexed as in the whole text: for
    /// a reader whose pieces need not follow one another in the source (HTML read out of a page's tree), each piece is
    /// in source order within itself, and looks up only its own runs.
    /// </summary>
    public TextMap MapOf(int from, int to)
    {
        // The runs that overlap [from, to): the last that starts at or before from, through the last that starts before to.
        var first = LastRunAtOrBefore(from);
        var last = Math.Max(first, LastRunAtOrBefore(to - 1));
        var count = Math.Max(last - first + 1, 1);
        var starts = new int[count];
        var sources = new int[count];
        var ends = new int[count];
        for (var k = 0; k < count && first + k < _count; k++)
        {
            var run = first + k;
            var runEnd = run + 1 < _count ? _starts[run + 1] : _text.Length;
            var verbatim = _sourceEnds[run] - _sources[run] == runEnd - _starts[run];
            var clip = Math.Max(0, from - _starts[run]);
            starts[k] = _starts[run] + clip;
            sources[k] = verbatim ? _sources[run] + clip : _sources[run];
            ends[k] = _sourceEnds[run];
        }

        return new TextMap(starts, sources, ends, _count == 0 ? 0 : count, to);
    }

    /// <summary>The last run that starts at or before text index <paramref name="index"/> (0 when none does).</summary>
    private int LastRunAtOrBefore(int index)
    {
        int lo = 0, hi = _count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] <= index)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The text written, and its map.</summary>
    public (string Text, TextMap Map) Build()
    {
        var text = _text.ToString();
        return (text, new TextMap(_starts, _sources, _sourceEnds, _count, text.Length));
    }

    private void Add(int start, int source, int sourceEnd)
    {
        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, _count * 2);
            Array.Resize(ref _sources, _count * 2);
            Array.Resize(ref _sourceEnds, _count * 2);
        }

        _starts[_count] = start;
        _sources[_count] = source;
        _sourceEnds[_count] = sourceEnd;
        _count++;
    }
}

namespace Lint.Text;

/// <summary>
/// Where each character of a text built from pieces of a source lies in that source. A reader writes the prose of a
/// Markdown article without its markup (link targets, emphasis marks, tags and template code left out, entities
/// decoded), so checks never see a space that markup left behind; this map takes every index of that text back to the
/// source, so findings and fixes still point at the exact characters an editor sees.
/// </summary>
/// <remarks>
/// The text is a sequence of runs. A verbatim run copies source characters one for one; a replacement run stands for
/// a source range of another length (an entity such as <c>&amp;#8220;</c> read as “, or code read as one placeholder):
/// each of its characters starts where the range starts, and the last one ends where the range ends.
/// </remarks>
public sealed class TextMap
{
    // Run k covers text indices [_starts[k], _starts[k + 1]) and source offsets [_sources[k], _sourceEnds[k]).
    private readonly int[] _starts;
    private readonly int[] _sources;
    private readonly int[] _sourceEnds;
    private readonly int _count;

    internal TextMap(int[] starts, int[] sources, int[] sourceEnds, int count, int length)
    {
        _starts = starts;
        _sources = sources;
        _sourceEnds = sourceEnds;
        _count = count;
        Length = length;
    }

    /// <summary>Length of the mapped text.</summary>
    public int Length { get; }

    /// <summary>The source offset where the character at <paramref name="index"/> starts.</summary>
    public int SourceStart(int index)
    {
        var k = RunOf(index);
        return IsVerbatim(k) ? _sources[k] + (index - _starts[k]) : _sources[k];
    }

    /// <summary>The source offset just past the character at <paramref name="index"/>.</summary>
    public int SourceEnd(int index)
    {
        var k = RunOf(index);
        if (IsVerbatim(k)) return _sources[k] + (index - _starts[k]) + 1;
        return index == RunEnd(k) - 1 ? _sourceEnds[k] : _sources[k];
    }

    /// <summary>The first index whose character starts at or after source offset <paramref name="offset"/> (the length when none does).</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = _count - 1, found = _count;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sourceEnds[mid] > offset)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        if (found == _count) return Length;
        if (offset <= _sources[found]) return _starts[found];
        return IsVerbatim(found) ? _starts[found] + (offset - _sources[found]) : RunEnd(found);
    }

    private bool IsVerbatim(int k) => _sourceEnds[k] - _sources[k] == RunEnd(k) - _starts[k];

    private int RunEnd(int k) => k + 1 < _count ? _starts[k + 1] : Length;

    private int RunOf(int index)
    {
        if ((uint)index >= (uint)Length) throw new ArgumentOutOfRangeException(nameof(index));
        int lo = 0, hi = _count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_starts[mid] <= index) lo = mid;
            else hi = mid - 1;
        }

        return lo;
    }
}

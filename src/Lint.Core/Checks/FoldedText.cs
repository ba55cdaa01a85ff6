using Lint.Articles;

namespace Lint.Checks;

/// <summary>
/// A segment's text folded for comparison: white space and the marks in <see cref="EdgeMarks"/> trimmed from the
/// edges, inner white space runs read as one space, letters lower-cased. Held as bounds in the segment's content (no
/// copy), with a hash of the first <see cref="KeyLength"/> folded characters and the word count up to what the caller
/// needs; the whole text is hashed or compared only when asked. The characters are read in the segment's buffer (this
/// runs on every paragraph of every article, and the loop over a string keeps its locals in registers).
/// </summary>
internal readonly struct FoldedText
{
    private const int KeyLength = 48;

    private static readonly char[] EdgeMarks = ['.', '!', '?', '…', '"', '“', '”', ' '];

    private readonly int _start;
    private readonly int _end;

    private FoldedText(Segment segment, int start, int end, int wordsNeeded)
    {
        Segment = segment;
        _start = start;
        _end = end;
        Key = Hash(segment.Buffer, segment.Start + start, segment.Start + end, KeyLength, wordsNeeded, out var words);
        Words = words;
    }

    /// <summary>The segment folded.</summary>
    public Segment Segment { get; }

    /// <summary>A hash of the first folded characters: equal texts have equal keys.</summary>
    public ulong Key { get; }

    /// <summary>The number of words, counted up to the number the caller needs.</summary>
    public int Words { get; }

    /// <summary>Whether nothing is left after trimming.</summary>
    public bool IsEmpty => _end <= _start;

    /// <summary>The folded text of <paramref name="segment"/>, its words counted up to <paramref name="wordsNeeded"/>.</summary>
    public static FoldedText Of(Segment segment, int wordsNeeded)
    {
        var content = segment.Text;
        int start = 0, end = content.Length;
        while (start < end && char.IsWhiteSpace(content[start])) start++;
        while (end > start && char.IsWhiteSpace(content[end - 1])) end--;
        while (start < end && Array.IndexOf(EdgeMarks, content[start]) >= 0) start++;
        while (end > start && Array.IndexOf(EdgeMarks, content[end - 1]) >= 0) end--;
        return new FoldedText(segment, start, end, wordsNeeded);
    }

    /// <summary>A hash of the whole folded text.</summary>
    public ulong FullHash() => Hash(Segment.Buffer, Segment.Start + _start, Segment.Start + _end, int.MaxValue, 0, out _);

    /// <summary>Whether the two folded texts are the same.</summary>
    public bool SameAs(FoldedText other)
    {
        if (Key != other.Key) return false;

        // A paragraph pasted twice is the same text character for character: one vectorised comparison says so.
        var mine = Segment.Text.Slice(_start, _end - _start);
        var theirs = other.Segment.Text.Slice(other._start, other._end - other._start);
        if (mine.SequenceEqual(theirs)) return true;
        var a = new Reader(Segment.Buffer, Segment.Start + _start, Segment.Start + _end);
        var b = new Reader(other.Segment.Buffer, other.Segment.Start + other._start, other.Segment.Start + other._end);
        while (true)
        {
            var c = a.Next();
            if (c != b.Next()) return false;
            if (c < 0) return true;
        }
    }

    /// <summary>
    /// FNV-1a over the first <paramref name="keyLength"/> folded characters of text[start..end), reading on until
    /// <paramref name="wordsNeeded"/> words are counted (<paramref name="words"/>, up to that number). The reader's
    /// folding, written out in one loop: this runs on every paragraph of every article.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(string text, int start, int end, int keyLength, int wordsNeeded, out int words)
    {
        ulong hash = 14695981039346656037UL;
        int read = 0;
        words = 0;
        bool inWord = false, hasAlnum = false, space = false, any = false;
        var i = start;
        while (i < end && (read < keyLength || words < wordsNeeded))
        {
            int c = text[i];
            bool alnum;
            if (c is > ' ' and < 127)
            {
                if (c is >= 'A' and <= 'Z') c |= 0x20;
                alnum = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            }
            else if (char.IsWhiteSpace((char)c))
            {
                space = any;
                i++;
                continue;
            }
            else
            {
                c = char.ToLowerInvariant((char)c);
                alnum = char.IsLetterOrDigit((char)c);
            }

            if (space)
            {
                // The one space that a run of white space folds to, read before this character.
                space = false;
                if (read++ < keyLength) hash = (hash ^ ' ') * 1099511628211UL;
                if (hasAlnum) words++;
                inWord = hasAlnum = false;
                if (read >= keyLength && words >= wordsNeeded) break;
            }

            any = true;
            if (read++ < keyLength) hash = (hash ^ (uint)c) * 1099511628211UL;
            inWord = true;
            hasAlnum |= alnum;
            i++;
        }

        if (inWord && hasAlnum && i >= end) words++;
        return hash;
    }

    /// <summary>Reads folded characters; -1 at the end.</summary>
    private struct Reader(string text, int position, int end)
    {
        private bool _space;
        private bool _any;

        public int Next()
        {
            while (position < end)
            {
                var c = text[position++];
                if (c > ' ' && c < 127)
                {
                    // Printable ASCII, most of any article: no white space to fold, and lower case by one bit.
                    if (_space)
                    {
                        _space = false;
                        position--;
                        return ' ';
                    }

                    _any = true;
                    return c is >= 'A' and <= 'Z' ? c | 0x20 : c;
                }

                if (char.IsWhiteSpace(c))
                {
                    _space = _any;
                    continue;
                }

                if (_space)
                {
                    _space = false;
                    position--;
                    return ' ';
                }

                _any = true;
                return char.ToLowerInvariant(c);
            }

            return -1;
        }
    }
}

using Lint.Articles;
using Lint.Rules;

namespace Lint.Checks;

/// <summary>
/// Kind <c>duplicate-text</c>: a segment of four words or more that repeats the one before it word for word (a
/// scraped headline printed twice), the headline printed again under itself, or a paragraph of at least
/// <c>min-words</c> words that already appeared earlier in the article, near its copy or among other repeats. The
/// comparison ignores case, white space and punctuation at the edges, so a re-pasted paragraph is found whatever
/// its line breaks.
/// </summary>
public sealed class DuplicateTextCheck(int minWords) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        // Paragraphs are keyed by a hash of the start of their folded text; only paragraphs whose keys meet are
        // hashed in full (once each), so most cost a few dozen characters' work, none more than one pass over its
        // text and one comparison, and nothing is copied.
        var wordsNeeded = Math.Max(minWords, 4);
        // The first paragraph with each key (its folded bounds are read again when another paragraph meets the key:
        // a long article's table holds a reference a paragraph, not its bounds); the keys that more than one distinct
        // paragraph share get a table by full hash.
        var firsts = new Dictionary<ulong, Segment>();
        Shared? shared = null;
        Folded? previous = null;
        var reprint = HeadlineReprint(context);
        var repeats = new List<(int Position, Segment Segment, Segment First)>();
        var position = 0;
        foreach (var segment in context.Segments)
        {
            if (ReferenceEquals(segment, reprint.Reprint))
            {
                Report(context, segment, reprint.Headline!, "repeats the headline");
                previous = null;
                continue;
            }

            if (segment.Kind == SegmentKind.Dateline) continue;
            var folded = Folded.Of(segment, wordsNeeded);
            if (folded.IsEmpty) continue;
            Folded? earlier = null;
            // List items may repeat one another across lists (a summary list after the steps); only their neighbours count.
            if (folded.Words >= minWords && segment.Kind != SegmentKind.ListItem)
            {
                if (!firsts.TryGetValue(folded.Key, out var firstSegment))
                {
                    firsts[folded.Key] = segment;
                }
                else if (shared?.Keys.Contains(folded.Key) == true)
                {
                    // A key already shared: its first paragraph is in the table by full hash too.
                    earlier = shared.FindOrAdd(folded, wordsNeeded);
                }
                else
                {
                    var first = Folded.Of(firstSegment, wordsNeeded);
                    if (folded.SameAs(first))
                    {
                        earlier = first;
                    }
                    else
                    {
                        shared ??= new Shared(context.Article.Segments.Count);
                        shared.Add(first);
                        earlier = shared.FindOrAdd(folded, wordsNeeded);
                    }
                }
            }

            if (previous is { } before && folded.Words >= 4 && folded.SameAs(before))
            {
                Report(context, segment, before.Segment, "repeats the line before it");
            }
            else if (earlier is { } first)
            {
                repeats.Add((position, segment, first.Segment));
            }

            previous = folded;
            position++;
        }

        // A repeat far from its first copy is an echo the writer chose unless the paragraphs around it repeat too: a
        // story pasted twice repeats paragraph after paragraph.
        for (var i = 0; i < repeats.Count; i++)
        {
            var (at, segment, first) = repeats[i];
            var inRun = (i > 0 && repeats[i - 1].Position == at - 1) || (i + 1 < repeats.Count && repeats[i + 1].Position == at + 1);
            if (inRun || segment.Index - first.Index <= EchoDistance) Report(context, segment, first, "repeats an earlier paragraph");
        }
    }

    /// <summary>
    /// How far apart, in parts of the article, a paragraph and its copy may be to be a slip when it repeats alone: a
    /// note set at the top and again at the end of an article ("If you want to run the workshop yourself, here are the
    /// slides") is an echo the writer chose; a paragraph pasted twice by mistake sits near its first copy, and a story
    /// pasted twice repeats a run of paragraphs (on the real news of the ecosystem check, the one repeat farther apart
    /// was such an echo, nineteen parts after its first copy).
    /// </summary>
    private const int EchoDistance = 12;

    /// <summary>
    /// The headline printed again as the first line after it (a scraper's residue, which the model marks as
    /// boilerplate), compared on letters and digits alone so that spacing and case do not hide it; nulls when there is none.
    /// </summary>
    private static (Segment? Headline, Segment? Reprint) HeadlineReprint(CheckContext context)
    {
        var segments = context.Article.Segments;
        for (var i = 0; i + 1 < segments.Count; i++)
        {
            if (segments[i].Kind != SegmentKind.Headline) continue;
            var next = segments[i + 1];
            if (next.Kind != SegmentKind.Boilerplate || !context.Rule.Scope.Includes(next) || !TextShape.SameWords(segments[i].Text, next.Text)) return (null, null);
            return (segments[i], next);
        }

        return (null, null);
    }

    /// <summary>
    /// The keys that distinct paragraphs share, and those paragraphs in one table by full hash (no table a key). A key
    /// becomes shared when a paragraph meets it that differs from its first.
    /// </summary>
    private sealed class Shared(int segments)
    {
        public HashSet<ulong> Keys { get; } = [];

        // By full hash alone: the same folded text has the same key, so the key would add nothing but room. Sized for
        // the article's segments at once: a long article whose paragraphs share their openings (a template) would
        // otherwise leave each outgrown table behind.
        private Dictionary<ulong, Segment> ByHash { get; } = new(segments);

        /// <summary>Shares the key of <paramref name="first"/>, the first paragraph that had it.</summary>
        public void Add(Folded first)
        {
            Keys.Add(first.Key);
            ByHash[first.FullHash()] = first.Segment;
        }

        /// <summary>The earlier paragraph with the same folded text as <paramref name="folded"/>, or null after adding it as new.</summary>
        public Folded? FindOrAdd(Folded folded, int wordsNeeded)
        {
            var hash = folded.FullHash();
            if (ByHash.TryGetValue(hash, out var segment))
            {
                var earlier = Folded.Of(segment, wordsNeeded);
                return folded.SameAs(earlier) ? earlier : null;
            }

            ByHash[hash] = folded.Segment;
            return null;
        }
    }

    private static void Report(CheckContext context, Segment segment, Segment first, string problem)
    {
        var start = segment.FirstContentIndex();
        var end = segment.LastContentIndex() + 1;
        var span = segment.SourceSpan(start, end);
        // Only the start of the paragraph is quoted: no copy of the rest.
        var text = end - start > 60 ? segment.Text.Slice(start, 57).ToString().TrimEnd() + "…" : segment.Text.Slice(start, end - start).ToString();
        context.Report(span, new Dictionary<string, string>
        {
            ["text"] = text,
            ["problem"] = problem,
            ["line"] = context.Article.Source.Lines.GetPosition(first.Span.Start).Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private static readonly char[] EdgeMarks = ['.', '!', '?', '…', '"', '“', '”', ' '];

    /// <summary>
    /// A segment's text folded for comparison: white space and the marks in <see cref="EdgeMarks"/> trimmed from
    /// the edges, inner white space runs read as one space, letters lower-cased. Held as bounds, a hash of the first
    /// <see cref="KeyLength"/> folded characters and the word count up to what the check needs.
    /// </summary>
    private readonly struct Folded
    {
        private const int KeyLength = 48;
        private readonly int _start;
        private readonly int _end;

        private Folded(Segment segment, int start, int end, int wordsNeeded)
        {
            Segment = segment;
            _start = start;
            _end = end;
            Key = Hash(segment.Buffer, start, end, KeyLength, wordsNeeded, out var words);
            Words = words;
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

        public Segment Segment { get; }

        public ulong Key { get; }

        /// <summary>The number of words, counted up to the number the check needs.</summary>
        public int Words { get; }

        public bool IsEmpty => _end <= _start;

        public static Folded Of(Segment segment, int wordsNeeded)
        {
            // Bounds in the segment's buffer, where the characters are read.
            var content = segment.Buffer;
            int start = segment.Start, end = segment.Start + segment.Length;
            while (start < end && char.IsWhiteSpace(content[start])) start++;
            while (end > start && char.IsWhiteSpace(content[end - 1])) end--;
            while (start < end && Array.IndexOf(EdgeMarks, content[start]) >= 0) start++;
            while (end > start && Array.IndexOf(EdgeMarks, content[end - 1]) >= 0) end--;
            return new Folded(segment, start, end, wordsNeeded);
        }

        /// <summary>A hash of the whole folded text.</summary>
        public ulong FullHash() => Hash(Segment.Buffer, _start, _end, int.MaxValue, 0, out _);

        public bool SameAs(Folded other)
        {
            if (Key != other.Key) return false;

            // A paragraph pasted twice is the same text character for character: one vectorised comparison says so.
            if (_end - _start == other._end - other._start
                && Segment.Buffer.AsSpan(_start, _end - _start).SequenceEqual(other.Segment.Buffer.AsSpan(other._start, other._end - other._start))) return true;
            var a = new Reader(Segment.Buffer, _start, _end);
            var b = new Reader(other.Segment.Buffer, other._start, other._end);
            while (true)
            {
                var c = a.Next();
                if (c != b.Next()) return false;
                if (c < 0) return true;
            }
        }
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

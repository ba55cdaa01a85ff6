using Lint.Articles;
using Lint.Rules;

namespace Lint.Checks;

/// <summary>
/// Kind <c>duplicate-text</c>: a segment of four words or more that repeats the one before it word for word (a
/// scraped headline printed twice), or a paragraph of at least <c>min-words</c> words that already appeared earlier in the article. The
/// comparison ignores case, white space and punctuation at the edges, so a re-pasted paragraph is found whatever
/// its line breaks.
/// </summary>
public sealed class DuplicateTextCheck(int minWords) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        // Paragraphs are compared by a hash of their folded text (verified on a hit), so nothing is copied.
        var seen = new Dictionary<ulong, Folded>();
        Folded? previous = null;
        foreach (var segment in context.Segments)
        {
            if (segment.Kind == SegmentKind.Dateline) continue;
            var folded = Folded.Of(segment);
            if (folded.Length == 0) continue;
            if (previous is { } before && folded.SameAs(before) && folded.Words >= 4)
            {
                Report(context, segment, before.Segment, "repeats the line before it");
            }
            else if (folded.Words >= minWords && seen.TryGetValue(folded.Hash, out var first) && folded.SameAs(first))
            {
                Report(context, segment, first.Segment, "repeats an earlier paragraph");
            }

            if (folded.Words >= minWords && !seen.ContainsKey(folded.Hash)) seen[folded.Hash] = folded;
            previous = folded;
        }
    }

    private static void Report(CheckContext context, Segment segment, Segment first, string problem)
    {
        var start = segment.FirstContentIndex();
        var end = segment.LastContentIndex() + 1;
        var span = Text.TextSpan.FromBounds(segment.OffsetOf(start), segment.OffsetOf(end));
        var text = segment.Content.Substring(start, end - start);
        context.Report(span, new Dictionary<string, string>
        {
            ["text"] = text.Length > 60 ? text.Substring(0, 57).TrimEnd() + "…" : text,
            ["problem"] = problem,
            ["line"] = context.Article.Source.Lines.GetPosition(first.Span.Start).Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private static readonly char[] EdgeMarks = ['.', '!', '?', '…', '"', '“', '”', ' '];

    /// <summary>
    /// A segment's text folded for comparison: white space and the marks in <see cref="EdgeMarks"/> trimmed from
    /// the edges, inner white space runs read as one space, letters lower-cased. Held as bounds and a hash.
    /// </summary>
    private readonly struct Folded
    {
        private readonly int _start;
        private readonly int _end;

        private Folded(Segment segment, int start, int end)
        {
            Segment = segment;
            _start = start;
            _end = end;
            ulong hash = 14695981039346656037UL;
            int length = 0, words = 0;
            var inWord = false;
            var hasAlnum = false;
            var reader = new Reader(segment.Content, start, end);
            while (reader.Next() is var c && c >= 0)
            {
                hash = (hash ^ (uint)c) * 1099511628211UL;
                length++;
                if (c == ' ')
                {
                    if (hasAlnum) words++;
                    inWord = hasAlnum = false;
                }
                else
                {
                    inWord = true;
                    hasAlnum |= char.IsLetterOrDigit((char)c);
                }
            }

            Hash = hash;
            Length = length;
            Words = inWord && hasAlnum ? words + 1 : words;
        }

        public Segment Segment { get; }

        public ulong Hash { get; }

        public int Length { get; }

        public int Words { get; }

        public static Folded Of(Segment segment)
        {
            var content = segment.Content;
            int start = 0, end = content.Length;
            while (start < end && char.IsWhiteSpace(content[start])) start++;
            while (end > start && char.IsWhiteSpace(content[end - 1])) end--;
            while (start < end && Array.IndexOf(EdgeMarks, content[start]) >= 0) start++;
            while (end > start && Array.IndexOf(EdgeMarks, content[end - 1]) >= 0) end--;
            return new Folded(segment, start, end);
        }

        public bool SameAs(Folded other)
        {
            if (Hash != other.Hash || Length != other.Length) return false;
            var a = new Reader(Segment.Content, _start, _end);
            var b = new Reader(other.Segment.Content, other._start, other._end);
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

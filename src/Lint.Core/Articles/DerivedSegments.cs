using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// Sub-segments that rule scopes read: the sentences of a segment, the text inside its quotations, the segment with
/// its quotations blanked, and the whole text. Each keeps its parent's kind and index, and its content is the parent's
/// content over the sub-span, read in the parent's buffer, so checks read them like any segment. Built on first use, once per article.
/// </summary>
internal sealed class DerivedSegments
{
    private readonly Article _article;
    private readonly Lazy<IReadOnlyList<Segment>[]> _sentences;
    private readonly Lazy<(IReadOnlyList<Segment>[] Inside, Segment[] Outside)> _quoted;
    private readonly Lazy<Segment> _raw;

    public DerivedSegments(Article article)
    {
        _article = article;
        _sentences = new Lazy<IReadOnlyList<Segment>[]>(BuildSentences);
        _quoted = new Lazy<(IReadOnlyList<Segment>[], Segment[])>(BuildQuoted);
        _raw = new Lazy<Segment>(() => new Segment(SegmentKind.Paragraph, new TextSpan(0, article.Source.Text.Length), article.Source.Text) { Index = -1 });
    }

    public IReadOnlyList<Segment> SentencesOf(Segment segment) => _sentences.Value[segment.Index];

    public IReadOnlyList<Segment> QuotationsOf(Segment segment) => _quoted.Value.Inside[segment.Index];

    public Segment OutsideQuotations(Segment segment) => _quoted.Value.Outside[segment.Index];

    public Segment Raw => _raw.Value;

    private IReadOnlyList<Segment>[] BuildSentences()
    {
        var segments = _article.Segments;
        var result = new IReadOnlyList<Segment>[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            result[i] = [.. SentenceSplitter.Split(segment.Content).Select(span => Sub(segment, span))];
        }

        return result;
    }

    private (IReadOnlyList<Segment>[] Inside, Segment[] Outside) BuildQuoted()
    {
        var segments = _article.Segments;
        var inside = new IReadOnlyList<Segment>[segments.Count];
        for (var i = 0; i < segments.Count; i++) inside[i] = [];

        // What to blank, as ranges of the buffers the segments read (the source, or the prose of a Markdown article).
        var blanks = new List<Blank>();
        foreach (var quotation in _article.Quotations)
        {
            if (quotation.SegmentIndex < 0 || quotation.SegmentIndex >= segments.Count) continue;
            var segment = segments[quotation.SegmentIndex];
            var start = segment.IndexAt(quotation.Inner.Start);
            var end = segment.IndexAt(quotation.Inner.End);
            if (end > start)
            {
                if (inside[segment.Index] is not List<Segment> list) inside[segment.Index] = list = [];
                list.Add(Sub(segment, TextSpan.FromBounds(start, end)));
            }

            // A reporter's prose without the speaker's words: blank the marks and everything between them.
            var from = segment.IndexAt(quotation.Open.Start);
            var to = Math.Min(quotation.Close is { } close ? segment.IndexAt(close.End) : end, segment.Length);
            if (to > from) blanks.Add(new Blank(segment.Buffer, segment.Start + from, segment.Start + to, segment.Index));
        }

        var outside = new Segment[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            outside[i] = segments[i];
            if (inside[i] is List<Segment> { Count: > 1 } list) list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        // One copy for each buffer, of the part from the first segment with a quotation to the end of the last.
        while (blanks.Count > 0)
        {
            var buffer = blanks[0].Buffer;
            var mine = blanks.FindAll(blank => ReferenceEquals(blank.Buffer, buffer));
            blanks.RemoveAll(blank => ReferenceEquals(blank.Buffer, buffer));
            int first = int.MaxValue, last = 0;
            foreach (var blank in mine)
            {
                first = Math.Min(first, segments[blank.Segment].Start);
                last = Math.Max(last, segments[blank.Segment].Start + segments[blank.Segment].Length);
            }

            // In order of their starts, each character blanked once: quotations left open all run to the end of their
            // paragraph, and blanking each to the end would read a paragraph of many of them once for each.
            var chars = buffer.ToCharArray(first, last - first);
            mine.Sort((x, y) => x.From.CompareTo(y.From));
            var reach = first;
            foreach (var blank in mine)
            {
                for (var k = Math.Max(blank.From, reach); k < blank.To; k++)
                {
                    if (chars[k - first] is not ('\n' or '\r')) chars[k - first] = ' ';
                }

                reach = Math.Max(reach, blank.To);
            }

            var copy = new string(chars);
            foreach (var blank in mine) outside[blank.Segment] = segments[blank.Segment].WithBuffer(copy, segments[blank.Segment].Start - first);
        }

        return (inside, outside);
    }

    /// <summary>A range of a buffer to blank, from a quotation of segment <see cref="Segment"/>.</summary>
    private readonly record struct Blank(string Buffer, int From, int To, int Segment);

    private static Segment Sub(Segment parent, TextSpan span) => parent.Slice(span);
}

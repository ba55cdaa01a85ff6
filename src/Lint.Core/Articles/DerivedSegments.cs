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
        var inside = new List<Segment>[segments.Count];
        var blanked = new char[]?[segments.Count];
        for (var i = 0; i < segments.Count; i++) inside[i] = [];
        foreach (var quotation in _article.Quotations)
        {
            if (quotation.SegmentIndex < 0 || quotation.SegmentIndex >= segments.Count) continue;
            var segment = segments[quotation.SegmentIndex];
            var start = segment.IndexAt(quotation.Inner.Start);
            var end = segment.IndexAt(quotation.Inner.End);
            if (end > start) inside[segment.Index].Add(Sub(segment, TextSpan.FromBounds(start, end)));

            // A reporter's prose without the speaker's words: blank the marks and everything between them.
            var from = segment.IndexAt(quotation.Open.Start);
            var to = quotation.Close is { } close ? segment.IndexAt(close.End) : end;
            var chars = blanked[segment.Index] ??= segment.Text.ToArray();
            for (var k = from; k < to && k < chars.Length; k++)
            {
                if (chars[k] is not ('\n' or '\r')) chars[k] = ' ';
            }
        }

        var outside = new Segment[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            outside[i] = blanked[i] is { } chars ? segments[i].WithBuffer(new string(chars), 0) : segments[i];
            inside[i].Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return ([.. inside], outside);
    }

    private static Segment Sub(Segment parent, TextSpan span) => parent.Slice(span);
}

using Lint.Text;

namespace Lint.Articles;

/// <summary>An article parsed once by <see cref="ArticleParser"/>: every check reads this model, never the raw text.</summary>
public sealed class Article
{
    internal Article(SourceText source, ArticleFormat format, IReadOnlyList<Segment> segments, IReadOnlyList<Quotation> quotations, Dateline? dateline)
    {
        Source = source;
        Format = format;
        Segments = segments;
        Quotations = quotations;
        Dateline = dateline;
    }

    /// <summary>The original text.</summary>
    public SourceText Source { get; }

    /// <summary>The format the article was parsed as.</summary>
    public ArticleFormat Format { get; }

    /// <summary>All segments in text order (a dateline segment lies inside its paragraph).</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>Every quotation, in text order.</summary>
    public IReadOnlyList<Quotation> Quotations { get; }

    /// <summary>The dateline, when the first body paragraph starts with one.</summary>
    public Dateline? Dateline { get; }

    /// <summary>Whether the article has a headline segment.</summary>
    public bool HasHeadline => Segments.Any(s => s.Kind == SegmentKind.Headline);
}

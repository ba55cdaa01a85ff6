using Lint.Text;

namespace Lint.Articles;

/// <summary>An article parsed once by <see cref="ArticleParser"/>: every check reads this model, never the raw text.</summary>
public sealed class Article
{
    internal Article(SourceText source, ArticleFormat format, IReadOnlyList<Segment> segments, Dateline? dateline)
    {
        Source = source;
        Format = format;
        Segments = segments;
        Dateline = dateline;
        _quotations = new Lazy<IReadOnlyList<Quotation>>(() => QuotationPairer.Pair(segments));
        _derived = new DerivedSegments(this);
    }

    // Paired when a rule first asks (in a long article, while the other rules run), once.
    private readonly Lazy<IReadOnlyList<Quotation>> _quotations;

    private readonly DerivedSegments _derived;

    /// <summary>The original text.</summary>
    public SourceText Source { get; }

    /// <summary>The format the article was parsed as.</summary>
    public ArticleFormat Format { get; }

    /// <summary>All segments in text order (a dateline segment lies inside its paragraph).</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>Every quotation, in text order.</summary>
    public IReadOnlyList<Quotation> Quotations => _quotations.Value;

    /// <summary>The dateline, when the first body paragraph starts with one.</summary>
    public Dateline? Dateline { get; }

    /// <summary>Whether the article has a headline segment.</summary>
    public bool HasHeadline => Segments.Any(s => s.Kind == SegmentKind.Headline);

    /// <summary>The sentences of <paramref name="segment"/> (one of <see cref="Segments"/>), split once per article.</summary>
    public IReadOnlyList<Segment> SentencesOf(Segment segment) => _derived.SentencesOf(segment);

    /// <summary>The text inside each quotation of <paramref name="segment"/>, between the marks.</summary>
    public IReadOnlyList<Segment> QuotationsOf(Segment segment) => _derived.QuotationsOf(segment);

    /// <summary><paramref name="segment"/> with its quotations, marks included, blanked to spaces.</summary>
    public Segment OutsideQuotations(Segment segment) => _derived.OutsideQuotations(segment);

    /// <summary>The whole text as one segment (kind <see cref="SegmentKind.Paragraph"/>, index -1), unmasked.</summary>
    public Segment Raw => _derived.Raw;
}

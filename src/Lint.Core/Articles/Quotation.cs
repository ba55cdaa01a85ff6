using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// One quotation as paired by <see cref="QuotationPairer"/>. A quotation that runs on into the next paragraph
/// (news style leaves it open there and reopens the next paragraph) is one <see cref="Quotation"/> per paragraph,
/// linked by <see cref="ContinuesIntoNext"/> and <see cref="ContinuesFromPrevious"/>.
/// </summary>
public sealed record Quotation(QuoteKind Kind, int SegmentIndex, TextSpan Open, TextSpan? Close)
{
    /// <summary>The quotation is left open at the end of its paragraph because the next paragraph reopens it.</summary>
    public bool ContinuesIntoNext { get; init; }

    /// <summary>The opening mark reopens a quotation carried over from the previous paragraph.</summary>
    public bool ContinuesFromPrevious { get; init; }

    /// <summary>Closed by a mark, or correctly carried into the next paragraph.</summary>
    public bool IsClosed => Close is not null || ContinuesIntoNext;

    /// <summary>The text between the marks (to the end of the paragraph when left open).</summary>
    public TextSpan Inner { get; init; }
}

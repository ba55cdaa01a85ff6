namespace Lint.Articles;

/// <summary>Double (“…”, "…") or single (‘…’, '…') quotation marks.</summary>
public enum QuoteKind
{
    /// <summary>Double quotation marks.</summary>
    Double,

    /// <summary>Single quotation marks.</summary>
    Single,
}

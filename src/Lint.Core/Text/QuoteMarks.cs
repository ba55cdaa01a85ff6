namespace Lint.Text;

/// <summary>Finding quotation marks and apostrophes fast: the checks that read them skip everything else.</summary>
internal static class QuoteMarks
{
    /// <summary>
    /// The index of the first character at or after <paramref name="from"/> that may be a mark: " or ' or any
    /// character outside ASCII (the curly marks, « » „ among them), for the caller to look at; -1 when none is left.
    /// </summary>
    public static int Next(ReadOnlySpan<char> text, int from) => TextSearch.NextQuoteMarkCandidate(text, from);
}

namespace Lint.Text;

/// <summary>Finding quotation marks and apostrophes fast: the checks that read them skip everything else.</summary>
public static class QuoteMarks
{
#if NET8_0_OR_GREATER
    /// <summary>Every ASCII character but the two straight marks.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiNotMarks = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not ('"' or '\''))));
#endif

    /// <summary>
    /// The index of the first character at or after <paramref name="from"/> that may be a mark: " or ' or any
    /// character outside ASCII (the curly marks, « » „ among them), for the caller to look at; -1 when none is left.
    /// One vectorised search over the ASCII between them (on .NET 8 and later), instead of a test per character.
    /// </summary>
    public static int Next(ReadOnlySpan<char> text, int from)
    {
#if NET8_0_OR_GREATER
        if (from >= text.Length) return -1;
        var k = text.Slice(from).IndexOfAnyExcept(AsciiNotMarks);
        return k < 0 ? -1 : from + k;
#else
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'' || c >= 128) return i;
        }

        return -1;
#endif
    }
}

namespace Lint.Text;

/// <summary>
/// The searches through text that the article reader and the checks run on every character: each finds the next
/// place that may matter in one pass, so that the code around it looks at a few characters instead of all of them.
/// On net10.0 they are vectorised (<c>SearchValues</c>, <c>IndexOfAny</c>); the netstandard2.0 part (hosts that read
/// one article at a time, such as the analyzer) reads a character at a time and finds the same places.
/// </summary>
internal static partial class TextSearch
{
    // ASCII letters, digits, ' and - as bits (read for every character of every article).
    private const ulong AsciiWordLow = 0x03FF_2080_0000_0000UL;
    private const ulong AsciiWordHigh = 0x07FF_FFFE_07FF_FFFEUL;

    /// <summary>Whether <paramref name="c"/> (below 128) is an ASCII letter, digit, apostrophe or hyphen.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiWordCharacter(char c) => c < 64 ? ((AsciiWordLow >> c) & 1) != 0 : ((AsciiWordHigh >> (c - 64)) & 1) != 0;

    /// <summary>
    /// Whether the text may hold a copyright notice as <see cref="Checks.CopyrightYearCheck"/> reads one: a ©, "(c)",
    /// "(C)", or "opyright" or "OPYRIGHT". Case-sensitive, as the notice patterns are, so that the searches stay ordinal.
    /// </summary>
    public static bool MayHoldCopyrightNotice(ReadOnlySpan<char> text)
    {
        // Two passes rather than five: the words, then each © or "(" ("(c)" is rare, "(" not much less so).
        if (HoldsCopyrightWord(text)) return true;
        for (var i = text.IndexOfAny('©', '('); i >= 0; i = text.Slice(i + 1).IndexOfAny('©', '(') is var k and >= 0 ? i + 1 + k : -1)
        {
            if (text[i] == '©' || (i + 2 < text.Length && text[i + 1] is 'c' or 'C' && text[i + 2] == ')')) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a block may hold a copyright line as the article reader finds one inside a line
    /// (<see cref="Articles.BlockClassifier.NoticeInside"/>): a ©, "opyright", "OPYRIGHT", "ll rights" or "ll Rights".
    /// </summary>
    public static bool MayHoldRightsNotice(ReadOnlySpan<char> text) =>
        text.IndexOf('©') >= 0 || text.IndexOf("opyright".AsSpan()) >= 0 || text.IndexOf("OPYRIGHT".AsSpan()) >= 0
        || text.IndexOf("ll rights".AsSpan()) >= 0 || text.IndexOf("ll Rights".AsSpan()) >= 0;

    /// <summary>
    /// The index of the end of the run of ASCII word characters (<see cref="IsAsciiWordCharacter"/>) that starts at
    /// <paramref name="from"/>: the first character at or after it that is not one, or the text's length.
    /// </summary>
    public static partial int SkipAsciiWordCharacters(ReadOnlySpan<char> text, int from);

    /// <summary>
    /// The index of the first character at or after <paramref name="from"/> that may be a capital letter (A–Z, or
    /// any character outside ASCII, for the caller to look at); -1 when none is left.
    /// </summary>
    public static partial int NextCapitalCandidate(ReadOnlySpan<char> text, int from);

    /// <summary>
    /// The index of the first character at or after <paramref name="from"/> that may be a quotation mark or an
    /// apostrophe: " or ' or any character outside ASCII (the curly marks, « » „ among them), for the caller to look
    /// at; -1 when none is left.
    /// </summary>
    public static partial int NextQuoteMarkCandidate(ReadOnlySpan<char> text, int from);

    /// <summary>How many times <paramref name="value"/> occurs in <paramref name="text"/>.</summary>
    public static partial int Count(ReadOnlySpan<char> text, char value);

    /// <summary>Whether the text holds "opyright" or "OPYRIGHT".</summary>
    private static partial bool HoldsCopyrightWord(ReadOnlySpan<char> text);

    /// <summary>
    /// Whether the multi-string search of <see cref="AnyString"/> is vectorised here: where it is not, running a
    /// pattern costs about what searching for its literals first would.
    /// </summary>
    public static partial bool IsVectorised { get; }

    /// <summary>A set of strings searched for together: whether a text holds any of them.</summary>
    public sealed partial class AnyString
    {
        /// <summary>A search for <paramref name="strings"/>, compared ordinally (ignoring case when <paramref name="ignoreCase"/>).</summary>
        public AnyString(IReadOnlyList<string> strings, bool ignoreCase)
        {
            Strings = strings;
            Comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            Prepare();
        }

        /// <summary>The strings.</summary>
        public IReadOnlyList<string> Strings { get; }

        /// <summary>How the strings are compared.</summary>
        public StringComparison Comparison { get; }

        /// <summary>Whether <paramref name="text"/> holds one of the strings.</summary>
        public partial bool In(ReadOnlySpan<char> text);

        partial void Prepare();
    }
}

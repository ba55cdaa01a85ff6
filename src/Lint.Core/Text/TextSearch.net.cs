using System.Buffers;

namespace Lint.Text;

// net10.0: each search is one vectorised pass.
internal static partial class TextSearch
{
    /// <summary>Every ASCII character but the two straight marks.</summary>
    private static readonly SearchValues<char> AsciiNotQuoteMarks = SearchValues.Create(AsciiWhere(c => c is not ('"' or '\'')));

    /// <summary>Everything ASCII but the capitals: a search for the rest stops at A–Z and at every non-ASCII character.</summary>
    private static readonly SearchValues<char> AsciiNotCapitals = SearchValues.Create(AsciiWhere(c => c is not (>= 'A' and <= 'Z')));

    private static readonly SearchValues<char> AsciiWordCharacters = SearchValues.Create(AsciiWhere(IsAsciiWordCharacter));

    private static readonly SearchValues<string> CopyrightWords = SearchValues.Create(["opyright", "OPYRIGHT"], StringComparison.Ordinal);

    private static string AsciiWhere(Func<char, bool> predicate) => string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(predicate));

    public static partial bool IsVectorised => true;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static partial int SkipAsciiWordCharacters(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length) return text.Length;
        var k = text.Slice(from).IndexOfAnyExcept(AsciiWordCharacters);
        return k < 0 ? text.Length : from + k;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static partial int NextCapitalCandidate(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length) return -1;
        var k = text.Slice(from).IndexOfAnyExcept(AsciiNotCapitals);
        return k < 0 ? -1 : from + k;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static partial int NextQuoteMarkCandidate(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length) return -1;
        var k = text.Slice(from).IndexOfAnyExcept(AsciiNotQuoteMarks);
        return k < 0 ? -1 : from + k;
    }

    public static partial int Count(ReadOnlySpan<char> text, char value) => text.Count(value);

    private static partial bool HoldsCopyrightWord(ReadOnlySpan<char> text) => text.IndexOfAny(CopyrightWords) >= 0;

    public sealed partial class AnyString
    {
        private SearchValues<string> _values = null!;

        partial void Prepare() => _values = SearchValues.Create([.. Strings], Comparison);

        public partial bool In(ReadOnlySpan<char> text) => text.IndexOfAny(_values) >= 0;
    }
}

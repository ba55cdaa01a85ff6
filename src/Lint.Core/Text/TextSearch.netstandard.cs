namespace Lint.Text;

// netstandard2.0: a character at a time, finding what the vectorised part finds.
internal static partial class TextSearch
{
    public static partial bool IsVectorised => false;

    public static partial int SkipAsciiWordCharacters(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length) return text.Length;
        var i = from;
        while (i < text.Length && text[i] < 128 && IsAsciiWordCharacter(text[i])) i++;
        return i;
    }

    public static partial int NextCapitalCandidate(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is >= 'A' and <= 'Z' || text[i] >= 128) return i;
        }

        return -1;
    }

    public static partial int NextQuoteMarkCandidate(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'' || c >= 128) return i;
        }

        return -1;
    }

    public static partial int Count(ReadOnlySpan<char> text, char value)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == value) count++;
        }

        return count;
    }

    private static partial bool HoldsCopyrightWord(ReadOnlySpan<char> text) =>
        text.IndexOf("opyright".AsSpan()) >= 0 || text.IndexOf("OPYRIGHT".AsSpan()) >= 0;

    public sealed partial class AnyString
    {
        public partial bool In(ReadOnlySpan<char> text)
        {
            foreach (var s in Strings)
            {
                if (text.IndexOf(s.AsSpan(), Comparison) >= 0) return true;
            }

            return false;
        }
    }
}

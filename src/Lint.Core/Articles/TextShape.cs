namespace Lint.Articles;

/// <summary>Small facts about a line of prose that the classifier and checks share.</summary>
internal static class TextShape
{
    private static readonly char[] WordEdges = ['"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', ',', ':', ';', '.', '?', '!', '—', '–', '-', '*', '_'];

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off",
        "on", "per", "to", "up", "via", "vs", "vs.", "v.", "from", "into", "onto", "over", "with", "than",
        "upon", "amid", "out", "down", "de", "la", "le", "el", "al", "von", "van", "der", "du", "des", "di",
    };

    /// <summary>
    /// What stands for something in a paragraph that is not prose (a code span, an inline image, template code) in the
    /// content checks read: one character, neither a letter nor a space nor punctuation, so no check takes it for words.
    /// </summary>
    public const char Placeholder = '\uFFFC';

    /// <summary><see cref="Placeholder"/> as a string.</summary>
    public const string PlaceholderText = "\uFFFC";

    /// <summary>Characters that end a sentence.</summary>
    public static bool IsSentenceEnd(char c) => c is '.' or '?' or '!' or '…' or '‽';

    /// <summary>The closing quotation marks and brackets of <see cref="IsCloser"/>.</summary>
    public const string Closers = "”\"’'»›)]}";

    /// <summary>Closing quotation marks and brackets that may follow a sentence end.</summary>
    public static bool IsCloser(char c) => c is '”' or '"' or '’' or '\'' or '»' or '›' or ')' or ']' or '}';

    /// <summary>Dashes of every width.</summary>
    public static bool IsDash(char c) => c is '-' or '–' or '—' or '―' or '‒';

    /// <summary>Whether the trimmed text ends like a finished sentence (terminal mark, maybe inside closers).</summary>
    public static bool EndsWithTerminal(ReadOnlySpan<char> text)
    {
        var i = text.Length - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        while (i >= 0 && IsCloser(text[i])) i--;
        return i >= 0 && IsSentenceEnd(text[i]);
    }

    /// <summary>
    /// Counts words (runs of characters separated by white space that hold a letter or digit), stopping at
    /// <paramref name="limit"/>: callers that compare the count with small thresholds need not read a long paragraph
    /// to its end.
    /// </summary>
    public static int CountWords(ReadOnlySpan<char> text, int limit)
    {
        var count = 0;
        var inWord = false;
        var hasAlnum = false;
        foreach (var c in text)
        {
            // Letters and digits of ASCII first, with one comparison each: nearly every character of English copy.
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
            {
                inWord = true;
                hasAlnum = true;
            }
            else if (c == ' ' || (c < 128 ? (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c)))
            {
                if (inWord && hasAlnum && ++count >= limit) return limit;
                inWord = false;
                hasAlnum = false;
            }
            else
            {
                inWord = true;
                hasAlnum |= c >= 128 && char.IsLetterOrDigit(c);
            }
        }

        return inWord && hasAlnum ? Math.Min(count + 1, limit) : count;
    }

    /// <summary>Whether two texts have the same letters and digits, case aside: a headline and its reprint, whatever their spacing.</summary>
    public static bool SameWords(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, k = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i])) i++;
            while (k < b.Length && !char.IsLetterOrDigit(b[k])) k++;
            if (i == a.Length || k == b.Length) return i == a.Length && k == b.Length;
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[k])) return false;
            i++;
            k++;
        }
    }

    /// <summary>Whether every letter in the text is upper case and there are at least two of them.</summary>
    public static bool IsAllUpper(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }

        return letters >= 2;
    }

    /// <summary>
    /// Headline-style capitalisation: every word starts with a capital or a digit except the short function
    /// words AP and Chicago leave in lower case; at least two capitalised words.
    /// </summary>
    public static bool IsTitleCase(string text)
    {
        var capitalised = 0;
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(WordEdges);
            if (word.Length == 0 || !word.Any(char.IsLetterOrDigit)) continue;
            var first = word[0];
            if (char.IsUpper(first) || char.IsDigit(first) || !char.IsLetter(first))
            {
                capitalised++;
                continue;
            }

            if (!SmallWords.Contains(word)) return false;
        }

        return capitalised >= 2;
    }
}

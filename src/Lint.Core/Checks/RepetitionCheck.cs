using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>repetition</c>: the same word twice in a row with only white space between ("the the"), which is almost
/// always an editing slip. Punctuation between the words ("It is. Is it?") breaks the pair. Not flagged: words that may
/// honestly repeat ("had had", "that that"), given in <c>exceptions</c>; a word said three times or more ("killing
/// killing killing"), which is deliberate; two capitalised words ("Duran Duran", "Walla Walla", "Remote Work Work"),
/// which are a name or a title; and the same word in two cases ("the FIRST robotics contest", "GET get"), which are two
/// words. "The the" at a sentence start is flagged. A pair with no common English word near it in its sentence ("kuisa
/// politics pese pese") is reduplication in another language, which is grammar there, not a slip. The fix deletes the
/// second word.
/// </summary>
internal sealed class RepetitionCheck(IReadOnlyCollection<string> exceptions, bool ignoreCase) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var segment in context.Segments)
        {
            var content = segment.Text;

            // The run of equal words that ends at the last word: where its last two words are, and how long it is.
            int firstStart = -1, previousStart = -1, previousEnd = -1, run = 0;
            var i = 0;
            while (i <= content.Length)
            {
                if (i < content.Length && !IsWordChar(content[i]))
                {
                    if (!char.IsWhiteSpace(content[i]))
                    {
                        if (run == 2) ReportPair(context, segment, content, firstStart, previousStart, previousEnd, comparer);
                        run = 0;
                        previousStart = -1;
                    }

                    i++;
                    continue;
                }

                if (i == content.Length)
                {
                    if (run == 2) ReportPair(context, segment, content, firstStart, previousStart, previousEnd, comparer);
                    break;
                }

                var start = i;
                i = WordEnd(content, i + 1);

                // Compare in place; a string is made only for a repeated word (this runs on every word of every article).
                var length = i - start;
                if (previousStart >= 0 && previousEnd - previousStart == length
                    && content.Slice(previousStart, length).Equals(content.Slice(start, length), comparison))
                {
                    if (run == 1) firstStart = previousStart;
                    run++;
                }
                else
                {
                    if (run == 2) ReportPair(context, segment, content, firstStart, previousStart, previousEnd, comparer);
                    run = 1;
                }

                previousStart = start;
                previousEnd = i;
            }
        }
    }

    /// <summary>Reports a run of exactly two equal words (from <paramref name="firstStart"/>, the second at <paramref name="secondStart"/>) if it reads as a slip.</summary>
    private void ReportPair(CheckContext context, Articles.Segment segment, ReadOnlySpan<char> content, int firstStart, int secondStart, int secondEnd, StringComparer comparer)
    {
        var length = secondEnd - secondStart;
        if (!HasLetter(content, secondStart, secondEnd) || !IsSlip(content.Slice(firstStart, length), content.Slice(secondStart, length))) return;
        var word = content.Slice(secondStart, length).ToString();
        if (exceptions.Contains(word, comparer)) return;
        if (!AmongEnglish(content, firstStart, secondEnd)) return;
        var span = segment.SourceSpan(firstStart, secondEnd);
        var removal = segment.SourceSpan(firstStart + length, secondEnd);

        // Markup between the words ("The **the** dog" in Markdown) is not in the content: deleting its source range
        // would delete half the markup too, so such a finding comes without a fix.
        var verbatim = removal.Length == secondEnd - firstStart - length;
        context.Report(span, new Dictionary<string, string> { ["match"] = word },
            verbatim ? [new Fix($"Delete the second \"{word}\"", [new Replacement(removal, string.Empty)])] : []);
    }

    /// <summary>
    /// Whether two equal words read as a slip: the same case ("the the"), or a capital only on the first as at a
    /// sentence start ("The the"); not two capitalised words (a name, a title) or words in different cases.
    /// </summary>
    private static bool IsSlip(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var firstTitle = char.IsUpper(first[0]) && HasLower(first);
        var secondTitle = char.IsUpper(second[0]) && HasLower(second);
        if (firstTitle && secondTitle) return false;
        if (first.SequenceEqual(second)) return true;
        return firstTitle && first.Slice(1).SequenceEqual(second.Slice(1)) && char.IsLower(second[0]);
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c)) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the doubled word, or one of the four words before the pair or the four after it, within its sentence, is a common English
    /// function word: text around a slip in English has them, a passage in another language (a quoted comment in Shona
    /// or Tagalog, where a doubled word is grammar) does not.
    /// </summary>
    private static bool AmongEnglish(ReadOnlySpan<char> content, int start, int end)
    {
        // "the the" is English whatever stands around it (a headline has few small words).
        var first = start;
        while (first < end && IsWordChar(content[first])) first++;
        if (IsFunctionWord(content.Slice(start, first - start))) return true;

        var k = start;
        for (var words = 0; words < 4; words++)
        {
            while (k > 0 && content[k - 1] is ' ' or ',' or '-' or '–' or '—' or '"' or '“' or '”') k--;
            if (k == 0 || !IsWordChar(content[k - 1])) break;
            var wordEnd = k;
            while (k > 0 && IsWordChar(content[k - 1])) k--;
            if (IsFunctionWord(content.Slice(k, wordEnd - k))) return true;
        }

        k = end;
        for (var words = 0; words < 4; words++)
        {
            while (k < content.Length && content[k] is ' ' or ',' or '-' or '–' or '—' or '"' or '“' or '”') k++;
            if (k == content.Length || !IsWordChar(content[k])) break;
            var wordStart = k;
            while (k < content.Length && IsWordChar(content[k])) k++;
            if (IsFunctionWord(content.Slice(wordStart, k - wordStart))) return true;
        }

        return false;
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word)
    {
        foreach (var function in FunctionWords)
        {
            if (word.Equals(function.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static readonly string[] FunctionWords =
    [
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "but", "or", "that", "this",
        "his", "her", "their", "its", "is", "was", "are", "were", "be", "it", "he", "she", "they", "we", "you", "i", "not", "as",
    ];

    private static bool HasLetter(ReadOnlySpan<char> text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLetter(text[k])) return true;
        }

        return false;
    }

    /// <summary>The index after the word that goes on at <paramref name="i"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int WordEnd(ReadOnlySpan<char> content, int i)
    {
        // A search to the first character that is not an ASCII word character, then a look at it.
        while (i < content.Length)
        {
            i = TextSearch.SkipAsciiWordCharacters(content, i);
            if (i == content.Length || content[i] < 128 || !IsWordChar(content[i])) return i;
            i++;
        }

        return i;
    }

    /// <summary>ASCII letters, digits, ' and -; any other letter or digit, and ’.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 128 ? TextSearch.IsAsciiWordCharacter(c) : char.IsLetterOrDigit(c) || c == '’';
}

using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>repetition</c>: the same word twice in a row with only white space between ("the the"), which is almost
/// always an editing slip. Punctuation between the words ("It is. Is it?") breaks the pair. Words that may honestly
/// repeat ("had had", "that that", "Bora Bora") go in <c>exceptions</c>. The fix deletes the second word.
/// </summary>
public sealed class RepetitionCheck(IReadOnlyCollection<string> exceptions, bool ignoreCase) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var segment in context.Segments)
        {
            var content = segment.Text;
            int previousStart = -1, previousEnd = -1;
            var i = 0;
            while (i < content.Length)
            {
                if (!IsWordChar(content[i]))
                {
                    if (!char.IsWhiteSpace(content[i])) previousStart = -1;
                    i++;
                    continue;
                }

                var start = i;
                i = WordEnd(content, i + 1);

                // Compare in place; a string is made only for a repeated word (this runs on every word of every article).
                var length = i - start;
                if (previousStart >= 0 && previousEnd - previousStart == length
                    && content.Slice(previousStart, length).Equals(content.Slice(start, length), comparison)
                    && HasLetter(content, start, i)
                    && content.Slice(start, length).ToString() is var word && !exceptions.Contains(word, comparer))
                {
                    var span = TextSpan.FromBounds(segment.OffsetOf(previousStart), segment.OffsetOf(i));
                    var removal = TextSpan.FromBounds(segment.OffsetOf(previousEnd), segment.OffsetOf(i));
                    context.Report(span, new Dictionary<string, string> { ["match"] = word },
                        [new Fix($"Delete the second \"{word}\"", [new Replacement(removal, string.Empty)])]);
                }

                previousStart = start;
                previousEnd = i;
            }
        }
    }

    private static bool HasLetter(ReadOnlySpan<char> text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLetter(text[k])) return true;
        }

        return false;
    }

    /// <summary>The index after the word that goes on at <paramref name="i"/>.</summary>
    private static int WordEnd(ReadOnlySpan<char> content, int i)
    {
#if NET8_0_OR_GREATER
        // A vectorised search to the first character that is not an ASCII word character, then a look at it.
        while (i < content.Length)
        {
            var k = content.Slice(i).IndexOfAnyExcept(AsciiWordChars);
            if (k < 0) return content.Length;
            i += k;
            if (content[i] < 128 || !IsWordChar(content[i])) return i;
            i++;
        }
#else
        while (i < content.Length && IsWordChar(content[i])) i++;
#endif
        return i;
    }

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> AsciiWordChars = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(IsWordChar)));
#endif

    // ASCII letters, digits, ' and - as bits (this runs on every character of every article).
    private const ulong AsciiWordLow = 0x03FF_2080_0000_0000UL;
    private const ulong AsciiWordHigh = 0x07FF_FFFE_07FF_FFFEUL;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 64 ? ((AsciiWordLow >> c) & 1) != 0
        : c < 128 ? ((AsciiWordHigh >> (c - 64)) & 1) != 0
        : char.IsLetterOrDigit(c) || c == '’';
}

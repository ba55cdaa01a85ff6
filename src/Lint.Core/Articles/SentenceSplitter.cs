using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// Splits a segment's content into sentences. A sentence ends at . ? ! … (with any closing quotes or brackets after
/// it) when white space and a capital, a digit or an opening mark follow. A period after a title or month ("Mr.",
/// "Jan."), an initial ("J.") or inside a dotted abbreviation ("U.S.", "Inc.") does not end the sentence, except that
/// a dotted abbreviation ("U.S.", "a.m.") or company suffix before a common sentence opener ("in the U.S. The …") does.
/// </summary>
internal static class SentenceSplitter
{
    // Never end a sentence: these stand before a name or a number.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm",
        "Cmdr", "Cpl", "Pvt", "Rev", "Fr", "Sr", "Sra", "St", "Ste", "Mt", "Ft", "Pres", "Supt", "Atty", "Insp", "No",
        "Nos", "vs", "v", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ave",
        "Blvd", "Rd", "Hwy", "Dept", "Univ", "Assn", "Gens", "Reps", "Sens", "approx", "est", "ca", "cf", "Op", "Vol",
    };

    // End a sentence only before a common opener: "Apple Inc. The company …" but "Apple Inc. Chief Executive …".
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Corp", "Co", "Ltd", "Jr", "Bros", "etc", "LLC", "PLC",
    };

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "This", "That", "These", "Those",
        "There", "Its", "His", "Her", "Their", "Our", "In", "On", "At", "After", "Before", "When", "While", "If", "Some",
        "Many", "Most", "Officials", "However", "Meanwhile",
    };

    /// <summary>The sentences of <paramref name="content"/>, as spans into it without surrounding white space.</summary>
    public static IReadOnlyList<TextSpan> Split(string content)
    {
        var result = new List<TextSpan>();
        var start = SkipSpace(content, 0);
        var i = start;
        while (i < content.Length)
        {
            if (!TextShape.IsSentenceEnd(content[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < content.Length && TextShape.IsSentenceEnd(content[end])) end++;
            while (end < content.Length && TextShape.IsCloser(content[end])) end++;
            if (end >= content.Length || !char.IsWhiteSpace(content[end]))
            {
                // "3.5", "U.S.", "Yahoo!Inc": no break inside a word.
                i = end;
                continue;
            }

            var next = SkipSpace(content, end);
            var word = next;
            while (word < content.Length && IsOpener(content[word])) word++;
            if (word >= content.Length || !(char.IsUpper(content[word]) || char.IsDigit(content[word])) || (content[i] == '.' && !EndsSentence(content, i, word)))
            {
                i = end;
                continue;
            }

            result.Add(TextSpan.FromBounds(start, end));
            start = next;
            i = next;
        }

        var last = content.Length;
        while (last > start && char.IsWhiteSpace(content[last - 1])) last--;
        if (last > start) result.Add(TextSpan.FromBounds(start, last));
        return result;
    }

    /// <summary>Whether the period at <paramref name="period"/> ends a sentence, given the next word starts at <paramref name="nextWord"/>.</summary>
    private static bool EndsSentence(string content, int period, int nextWord)
    {
        var from = period;
        while (from > 0 && !char.IsWhiteSpace(content[from - 1]) && !IsOpener(content[from - 1])) from--;
        var word = content.Substring(from, period - from);
        if (word.Length == 0) return true;
        if (Titles.Contains(word)) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "John F. Kennedy"
        var dotted = word.IndexOf('.') > 0;
        if (!dotted && !Suffixes.Contains(word)) return true;
        var to = nextWord;
        while (to < content.Length && char.IsLetter(content[to])) to++;
        return Openers.Contains(content.Substring(nextWord, to - nextWord));
    }

    private static bool IsOpener(char c) => c is '“' or '"' or '‘' or '\'' or '«' or '‹' or '(' or '[';

    private static int SkipSpace(string content, int i)
    {
        while (i < content.Length && char.IsWhiteSpace(content[i])) i++;
        return i;
    }
}

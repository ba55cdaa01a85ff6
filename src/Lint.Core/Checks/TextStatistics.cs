using Lint.Articles;

namespace Lint.Checks;

/// <summary>The counts readability formulas are made of, for one piece of text.</summary>
internal sealed record TextStatistics(int Words, int Sentences, int Syllables, int Characters, int ComplexWords, int LongWords)
{
    /// <summary>The variable names a formula may use, with what they count.</summary>
    public static readonly IReadOnlyDictionary<string, Func<TextStatistics, double>> Variables = new Dictionary<string, Func<TextStatistics, double>>(StringComparer.Ordinal)
    {
        ["words"] = s => s.Words,
        ["sentences"] = s => s.Sentences,
        ["syllables"] = s => s.Syllables,
        ["characters"] = s => s.Characters,
        ["complex_words"] = s => s.ComplexWords,
        ["polysyllables"] = s => s.ComplexWords,
        ["long_words"] = s => s.LongWords,
    };

    /// <summary>Counts the text: words hold a letter or digit, sentences come from <see cref="SentenceSplitter"/>.</summary>
    public static TextStatistics Measure(string text)
    {
        int words = 0, syllables = 0, characters = 0, complex = 0, longWords = 0;
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = raw.Count(char.IsLetterOrDigit);
            if (letters == 0) continue;
            words++;
            characters += letters;
            var count = CountSyllables(raw);
            syllables += count;
            if (count >= 3) complex++;
            if (letters >= 7) longWords++;
        }

        var sentences = words == 0 ? 0 : Math.Max(1, SentenceSplitter.Split(text).Count);
        return new TextStatistics(words, sentences, syllables, characters, complex, longWords);
    }

    /// <summary>Sums two counts, for a whole article.</summary>
    public TextStatistics Add(TextStatistics other) => new(
        Words + other.Words, Sentences + other.Sentences, Syllables + other.Syllables, Characters + other.Characters,
        ComplexWords + other.ComplexWords, LongWords + other.LongWords);

    /// <summary>Vowel groups, less a silent final e ("make", but not "table"); at least one per word.</summary>
    public static int CountSyllables(string word)
    {
        var w = new string([.. word.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        if (w.Length == 0) return 1;
        if (w.Length <= 3) return 1;
        var count = 0;
        var inVowel = false;
        foreach (var c in w)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !inVowel) count++;
            inVowel = vowel;
        }

        if (w.EndsWith("e", StringComparison.Ordinal) && !w.EndsWith("le", StringComparison.Ordinal) && count > 1) count--;
        else if ((w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) && count > 1
                 && !w.EndsWith("ted", StringComparison.Ordinal) && !w.EndsWith("ded", StringComparison.Ordinal)
                 && !w.EndsWith("ses", StringComparison.Ordinal) && !w.EndsWith("zes", StringComparison.Ordinal)
                 && !w.EndsWith("ces", StringComparison.Ordinal) && !w.EndsWith("ges", StringComparison.Ordinal)) count--;
        return Math.Max(1, count);
    }
}

using System.Text.RegularExpressions;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>name-variants</c>: one person's name spelled two ways in an article ("Sergei Lavrov" and later "Sergey
/// Lavrov"; "Volodymyr Zelenskyy" and "Volodymyr Zelensky"). Two-word names that share one word and differ by one
/// edit in the other (of five letters or more) are taken for variants; the first spelling wins.
/// </summary>
internal sealed partial class NameVariantsCheck : ICheck
{
    // A name has one space, between its two words: its bounds say where they are, so the expression captures nothing.
    private const string FullNamePattern = @"\b\p{Lu}\p{Ll}{2,} \p{Lu}\p{Ll}{3,}\b";

    [GeneratedRegex(FullNamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex FullNameRegex { get; }

    private static readonly Pattern FullName = Pattern.From(FullNameRegex);

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        // Names seen so far, indexed by each of their words, so a long article costs one look-up per name.
        var byFamily = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byGiven = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var segment in context.Segments)
        {
            foreach (var match in segment.Matches(FullName))
                Visit(context, segment, match.Index, match.Length, byFamily, byGiven);
        }
    }

    private static void Visit(CheckContext context, Articles.Segment segment, int index, int length, Dictionary<string, List<string>> byFamily, Dictionary<string, List<string>> byGiven)
    {
        var content = segment.Text;
        var space = index + content.Slice(index, length).IndexOf(' ');
        var given = content.Slice(index, space - index).ToString();
        var family = content.Slice(space + 1, index + length - space - 1).ToString();
        (string Given, string Family)? found = null;
        if (byFamily.TryGetValue(family, out var givens) && CloseTo(givens, given) is { } g1)
            found = (g1, family);
        else if (byGiven.TryGetValue(given, out var families) && CloseTo(families, family) is { } f1)
            found = (given, f1);

        if (found is not { } earlier)
        {
            Add(byFamily, family, given);
            Add(byGiven, given, family);
            return;
        }

        var wrongFamily = earlier.Family != family;
        var span = wrongFamily ? segment.SourceSpan(space + 1, space + 1 + family.Length) : segment.SourceSpan(index, index + given.Length);
        var right = wrongFamily ? earlier.Family : earlier.Given;
        context.Report(span, new Dictionary<string, string>
        {
            ["name"] = content.Slice(index, length).ToString(),
            ["first"] = earlier.Given + " " + earlier.Family,
        }, [new Diagnostics.Fix($"Spell it {right}", [new Diagnostics.Replacement(span, right)])]);
    }

    /// <summary>The first of <paramref name="words"/> that is another spelling of <paramref name="word"/>, or null.</summary>
    private static string? CloseTo(List<string> words, string word)
    {
        foreach (var candidate in words)
        {
            if (candidate != word && Close(candidate, word)) return candidate;
        }

        return null;
    }

    private static void Add(Dictionary<string, List<string>> index, string key, string value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(value, StringComparer.Ordinal)) list.Add(value);
    }

    /// <summary>
    /// One edit apart (a letter added, dropped, changed, or two swapped), both long enough that such a difference is a
    /// spelling, not another name. Two edits are too many: on real copy they join a word and its derived form far more
    /// often than two spellings of a name ("Interior Ministry" and "Interior Minister", "Senate Majority" and "Senate
    /// Minority", "Technology Transformation" and "Transformative").
    /// </summary>
    private static bool Close(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 5 && !IsInflection(a, b) && !IsInflection(b, a)
        && EditDistance.OptimalStringAlignment(a, b, 1) <= 1;

    /// <summary>
    /// "Arabia"/"Arabian", "State"/"States", "German"/"Germany" (a people and its country): a word and its derived form,
    /// not two spellings (Zelensky/Zelenskyy is).
    /// </summary>
    private static bool IsInflection(string word, string longer) =>
        longer.StartsWith(word, StringComparison.Ordinal)
        && (longer.Substring(word.Length) is "s" or "es" or "n" or "an" or "ian" or "ese" or "ern" or "er" or "ers" or "ish" or "i" or "ic" or "ia"
            || (longer.Length == word.Length + 1 && longer[word.Length] == 'y' && word.EndsWith("an", StringComparison.Ordinal)));
}

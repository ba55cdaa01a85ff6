using System.Text;
using Lint.Articles;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>capitalization</c>: a headline or subhead must follow a case style: <c>ap</c> title case (small words of
/// three letters or fewer in lower case), <c>chicago</c> title case (articles, coordinating conjunctions and all
/// prepositions in lower case), <c>sentence</c> case, <c>upper</c> or <c>lower</c>. Only first letters are judged, so
/// "iPhone", "McDonald" and acronyms stand; <c>exceptions</c> give names their own spelling ("Biden", "eBay"). Style
/// <c>consistent</c> holds a headline set in title case (all of its longer words capitalised) to AP title case and
/// leaves one in sentence case alone, since whether a capital in sentence case starts a name no rule can tell. One
/// finding per segment, whose fix is the segment in the expected style.
/// </summary>
internal sealed class CapitalizationCheck(string style, IReadOnlyCollection<string> exceptions) : ICheck
{
    private static readonly char[] Closers = ['"', '”', '’', '\'', ')', ']'];

    /// <summary>The styles a rule may name.</summary>
    public static readonly IReadOnlyList<string> Styles = ["ap", "chicago", "consistent", "lower", "sentence", "upper"];

    private static readonly HashSet<string> ApSmall = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "or", "for", "nor", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "out",
        "per", "to", "up", "via", "vs", "vs.", "v.",
    };

    private static readonly HashSet<string> ChicagoSmall = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "or", "for", "nor", "as", "to", "about", "above", "across", "after", "against",
        "along", "amid", "among", "around", "at", "before", "behind", "below", "beneath", "beside", "between", "beyond",
        "by", "despite", "down", "during", "except", "from", "in", "inside", "into", "like", "near", "of", "off", "on",
        "onto", "out", "outside", "over", "past", "per", "since", "through", "throughout", "till", "toward", "towards",
        "under", "underneath", "until", "up", "upon", "via", "with", "within", "without", "vs", "vs.", "v.",
    };

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var segment in context.Segments)
        {
            var start = segment.FirstContentIndex();
            if (start < 0) continue;
            var end = segment.LastContentIndex() + 1;
            var actual = segment.Text.Slice(start, end - start).ToString();
            if (style == "consistent" && !IsTitleCased(actual)) continue;
            var expected = Convert(actual);
            if (string.Equals(actual, expected, StringComparison.Ordinal)) continue;
            var span = segment.SourceSpan(start, end);
            context.Report(span, new Dictionary<string, string>
            {
                ["match"] = actual,
                ["expected"] = expected,
                ["style"] = style,
            }, [new Fix($"Write it in {style} case", [new Replacement(span, expected)])]);
        }
    }

    /// <summary>
    /// Whether a headline is set in title case: every word of four letters or more after the first starts with a
    /// capital, and there are at least two (words in capitals throughout do not count either way). One such word in
    /// lower case reads as sentence case with names in it ("Wikinews interviews President of the Brotherhood"). A site
    /// name after a dash or a bar at the end ("… - Digg", "… | The Anti-June Cleaver") is not the headline's.
    /// </summary>
    private static bool IsTitleCased(string text)
    {
        var separator = Math.Max(Math.Max(text.LastIndexOf(" - ", StringComparison.Ordinal), text.LastIndexOf(" | ", StringComparison.Ordinal)), text.LastIndexOf(" – ", StringComparison.Ordinal));
        if (separator > 0 && text.Substring(separator + 3).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 5) text = text.Substring(0, separator);
        var longWords = 0;
        var first = true;
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', ',', ':', ';', '.', '?', '!');
            if (first)
            {
                first = word.Length == 0;
                continue;
            }

            if (word.Length < 4 || !char.IsLetter(word[0]) || word.All(c => !char.IsLetter(c) || char.IsUpper(c))) continue;
            if (!char.IsUpper(word[0])) return false;
            longWords++;
        }

        return longWords >= 2;
    }

    /// <summary>The text in the rule's style, changing first letters only (all letters for upper and lower).</summary>
    public string Convert(string text)
    {
        var words = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > s) words.Add((s, i));
        }

        var sb = new StringBuilder(text);
        var startsClause = true;
        for (var w = 0; w < words.Count; w++)
        {
            var (s, e) = words[w];
            var word = text.Substring(s, e - s);
            var replaced = Word(word, startsClause, w == words.Count - 1);
            for (var k = 0; k < replaced.Length; k++) sb[s + k] = replaced[k];
            var core = word.TrimEnd(Closers);
            if (HasLetterOrDigit(core)) startsClause = core.EndsWith(":", StringComparison.Ordinal) || core.EndsWith("?", StringComparison.Ordinal) || core.EndsWith("!", StringComparison.Ordinal);
            else if (word.IndexOf(':') >= 0 || word.IndexOf('|') >= 0 || word.Any(TextShape.IsDash)) startsClause = true;
        }

        return sb.ToString();
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }

        return false;
    }

    private string Word(string word, bool first, bool last)
    {
        var from = 0;
        while (from < word.Length && !char.IsLetterOrDigit(word[from])) from++;
        if (from == word.Length || char.IsDigit(word[from])) return word;
        var to = word.Length;
        while (to > from && !char.IsLetterOrDigit(word[to - 1]) && word[to - 1] != '.') to--;
        var core = word.Substring(from, to - from);
        if (exceptions.Count > 0 && exceptions.FirstOrDefault(x => string.Equals(x, core, StringComparison.OrdinalIgnoreCase)) is { } exception
            && exception.Length == core.Length) return word.Substring(0, from) + exception + word.Substring(to);

        // Counted in one loop, not with LINQ: this runs on every word of every headline.
        int letters = 0, upper = 0;
        var laterCapital = false;
        for (var k = 0; k < core.Length; k++)
        {
            var c = core[k];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
            }

            laterCapital |= k > 0 && char.IsUpper(c);
        }

        var acronym = letters >= 2 && upper == letters;
        var innerCapital = laterCapital && !acronym; // iPhone, McDonald, eBay
        string result;
        switch (style)
        {
            case "upper":
                return word.ToUpperInvariant();
            case "lower":
                return word.ToLowerInvariant();
            case "sentence":
                if (acronym || (innerCapital && !first)) return word;
                result = first ? CaseMatch.Capitalize(core) : CaseMatch.Decapitalize(core);
                break;
            default:
                if (acronym || innerCapital) return word;
                var small = (style == "chicago" ? ChicagoSmall : ApSmall).Contains(core.TrimEnd('.')) || (style == "chicago" ? ChicagoSmall : ApSmall).Contains(core);
                result = small && !first && !last ? CaseMatch.Decapitalize(core) : CaseMatch.Capitalize(core);
                break;
        }

        return word.Substring(0, from) + result + word.Substring(to);
    }
}

using System.Text;

namespace Lint.Text;

/// <summary>
/// Literals of which every match of a pattern contains at least one, found by reading the pattern: each top-level
/// alternative (groups that make up a whole alternative are opened) gives its longest run of literal characters that
/// no quantifier makes optional. Text that holds none of them cannot match, so a check skips the pattern there; one
/// vectorised search for all the literals costs far less than running the pattern. Conservative: a pattern with an
/// alternative that has no such run, inline options or anything else not understood gets no prefilter. Under
/// ignore-case a run is cut at characters whose case has a match outside ASCII (k and K, s and S, i and I) and at
/// any character outside ASCII, so that a plain ASCII ignore-case search finds exactly what the pattern would.
/// </summary>
internal sealed class LiteralPrefilter
{
    /// <summary>The shortest literal worth a search: shorter ones are in most text anyway.</summary>
    private const int MinLength = 3;

    private readonly TextSearch.AnyString _search;

    private LiteralPrefilter(IReadOnlyList<string> literals, bool ignoreCase) => _search = new TextSearch.AnyString(literals, ignoreCase);

    /// <summary>The literals, one of which every match contains.</summary>
    public IReadOnlyList<string> Literals => _search.Strings;

    /// <summary>Whether <paramref name="text"/> holds one of the literals (and so may match).</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => _search.In(text);

    /// <summary>The prefilter for a compiled expression (its pattern and options), or null when there is no safe one.</summary>
    public static LiteralPrefilter? For(System.Text.RegularExpressions.Regex regex)
    {
        // Free-spacing mode makes spaces in the pattern mean nothing, so its runs would not be literal.
        var options = regex.Options;
        if ((options & System.Text.RegularExpressions.RegexOptions.IgnorePatternWhitespace) != 0) return null;
        return For(regex.ToString(), (options & System.Text.RegularExpressions.RegexOptions.IgnoreCase) != 0);
    }

    /// <summary>
    /// The prefilter for a valid pattern, or null when there is no safe one, or when the multi-string search is not
    /// vectorised here (netstandard2.0 hosts: running the pattern is as cheap).
    /// </summary>
    public static LiteralPrefilter? For(string pattern, bool ignoreCase)
    {
        if (!TextSearch.IsVectorised) return null;
        var literals = new List<string>();
        if (!Collect(pattern, ignoreCase, literals)) return null;
        return new LiteralPrefilter([.. literals.Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal)], ignoreCase);
    }

    /// <summary>
    /// Groups nested deeper than this are not read: reading a group scans its inside again for each level around it, and
    /// opens a whole-alternative group by recursion, so ten thousand levels (a rule file can hold them) would take long
    /// and could exhaust the stack. Real patterns nest a few levels.
    /// </summary>
    private const int MaxNesting = 32;

    /// <summary>Adds the best literal of each top-level alternative; false when one has none.</summary>
    private static bool Collect(string pattern, bool ignoreCase, List<string> literals)
    {
        foreach (var alternative in SplitAlternatives(pattern))
        {
            if (alternative is null) return false;
            if (WholeGroup(alternative) is { } inner)
            {
                if (!Collect(inner, ignoreCase, literals)) return false;
                continue;
            }

            var best = BestRun(alternative, ignoreCase);
            if (best is null || !WorthSearching(best, ignoreCase)) return false;
            literals.AddRange(Expand(best));
        }

        return true;
    }

    /// <summary>
    /// The top-level alternatives; a null entry when the pattern cannot be read safely: a class that does not close,
    /// inline options ((?i), (?x:…), which change what the characters mean), or groups nested deeper than
    /// <see cref="MaxNesting"/>.
    /// </summary>
    private static List<string?> SplitAlternatives(string pattern)
    {
        var parts = new List<string?>();
        var depth = 0;
        var start = 0;
        for (var i = NextStructural(pattern, 0); i < pattern.Length; i = NextStructural(pattern, i + 1))
        {
            if (i < 0) return [null];
            switch (pattern[i])
            {
                case '(':
                    if (i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] != ':' && !(pattern[i + 2] == '<' && i + 3 < pattern.Length && char.IsLetter(pattern[i + 3])))
                        return [null];
                    if (++depth > MaxNesting) return [null];
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    parts.Add(pattern.Substring(start, i - start));
                    start = i + 1;
                    break;
            }
        }

        parts.Add(pattern.Substring(start));
        return parts;
    }

    /// <summary>The inside of a group that is the whole alternative (with no quantifier after it), else null.</summary>
    private static string? WholeGroup(string alternative)
    {
        if (alternative.Length < 2 || alternative[0] != '(' || alternative[alternative.Length - 1] != ')') return null;
        if (CloseOf(alternative, 0) != alternative.Length - 1) return null;
        var open = 1;
        if (alternative.StartsWith("(?:", StringComparison.Ordinal)) open = 3;
        else if (alternative.StartsWith("(?<", StringComparison.Ordinal)) open = alternative.IndexOf('>') + 1;
        return open <= 0 ? null : alternative.Substring(open, alternative.Length - 1 - open);
    }

    /// <summary>
    /// The longest run that every match of the alternative contains, or null: each element of the run is the set of
    /// characters that may stand there (one for a literal; a few for a small class such as [,;:]).
    /// </summary>
    private static List<string>? BestRun(string alternative, bool ignoreCase)
    {
        List<string>? best = null;
        var run = new List<string>();
        var transparent = new HashSet<int>();
        void End()
        {
            var expansions = Expansions(run);
            if (expansions <= MaxExpansions && (run.Count > (best?.Count ?? 0) || (run.Count == best?.Count && expansions < Expansions(best)))) best = [.. run];
            run.Clear();
        }

        for (var i = 0; i < alternative.Length; i++)
        {
            var c = alternative[i];
            string? element = null;
            var next = i + 1;
            switch (c)
            {
                case '\\':
                    if (i + 1 >= alternative.Length) return null;
                    var escaped = alternative[i + 1];
                    next = i + 2;
                    switch (escaped)
                    {
                        case 'p' or 'P':
                            var close = alternative.IndexOf('}', i);
                            if (close < 0) return null;
                            next = close + 1;
                            break;
                        case 'u':
                            next = i + 6;
                            break;
                        case 'x':
                            next = i + 4;
                            break;
                        case 'c':
                            next = i + 3;
                            break;
                        case 'k' or (>= '0' and <= '9'):
                            return null; // a backreference or an octal escape
                        default:
                            if (!char.IsLetter(escaped) && escaped < 128) element = escaped.ToString();
                            break;
                    }

                    if (next > alternative.Length) return null;
                    break;
                case '[':
                    var end = SkipClass(alternative, i);
                    if (end < 0) return null;
                    element = SmallClass(alternative, i + 1, end, ignoreCase);
                    next = end + 1;
                    break;
                case '(':
                    var closing = CloseOf(alternative, i);
                    if (closing < 0) return null;
                    var opener = string.CompareOrdinal(alternative, i, "(?:", 0, 3) == 0 ? 3
                        : string.CompareOrdinal(alternative, i, "(?<", 0, 3) == 0 ? alternative.IndexOf('>', i) + 1 - i
                        : 1;
                    var groupQuantified = closing + 1 < alternative.Length && alternative[closing + 1] is '?' or '*' or '+' or '{';
                    if (opener > 0 && !groupQuantified && SplitAlternatives(alternative.Substring(i + opener, closing - i - opener)).Count == 1)
                    {
                        // A group that is always there once, with one branch ("(?:January) "): the run goes on inside it.
                        transparent.Add(closing);
                        i += opener - 1;
                        continue;
                    }

                    next = closing + 1;
                    break;
                case ')' when transparent.Contains(i):
                    continue;
                case '.' or '^' or '$' or ')' or '|':
                    break;
                case '?' or '*' or '+' or '{':
                    // A quantifier with nothing literal before it (handled below); never a literal here.
                    return null;
                default:
                    element = c.ToString();
                    break;
            }

            if (element is not null && !element.All(ch => Safe(ch, ignoreCase))) element = null;

            // A quantifier on this element: it may repeat or vanish, so the run ends before it. With '+' it is there at
            // least once, and its last time is right before what follows: "[ \t]+[,;:]" holds " ," or " ;" or ….
            var quantified = next < alternative.Length && alternative[next] is '?' or '*' or '+' or '{';
            if (quantified)
            {
                var once = alternative[next] == '+';
                next = SkipQuantifier(alternative, next);
                if (next < 0) return null;
                End();
                if (once && element is not null) run.Add(element);
            }
            else if (element is not null)
            {
                run.Add(element);
            }
            else
            {
                End();
            }

            i = next - 1;
        }

        End();
        return best;
    }

    /// <summary>The characters of a class of a few plain characters ("[,;:]", "[ \t]"), or null for anything else.</summary>
    private static string? SmallClass(string pattern, int start, int end, bool ignoreCase)
    {
        var chars = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            var c = pattern[i];
            if (c is '^' or '-' or '[') return null; // negation, ranges, subtraction
            if (c == '\\')
            {
                if (++i >= end) return null;
                c = pattern[i] switch
                {
                    't' => '\t',
                    'n' => '\n',
                    'r' => '\r',
                    var e when !char.IsLetterOrDigit(e) && e < 128 => e,
                    _ => '\0',
                };
                if (c == '\0') return null; // \d, \w, \p{…}, \u…: sets too large or not read
            }

            if (!Safe(c, ignoreCase)) return null;
            if (chars.ToString().IndexOf(c) < 0) chars.Append(c);
        }

        return chars.Length is > 0 and <= MaxClass ? chars.ToString() : null;
    }

    /// <summary>A class of more characters than this ends the run: the strings it stands for would be too many.</summary>
    private const int MaxClass = 4;

    /// <summary>How many strings a run stands for.</summary>
    private static long Expansions(List<string> run) => run.Aggregate(1L, (n, element) => Math.Min(n * element.Length, int.MaxValue));

    /// <summary>
    /// Whether searching for the run pays: three characters or more, or two without a lower-case letter or a digit
    /// (" ," and "US" are rare in prose; "th" and "20" are everywhere; under ignore-case, letters count as lower case).
    /// Runs that stand for more than <see cref="MaxExpansions"/> strings are never chosen.
    /// </summary>
    private static bool WorthSearching(List<string> run, bool ignoreCase) =>
        run.Count >= MinLength
        || (run.Count == 2 && run.All(element => element.All(c => !char.IsDigit(c) && !char.IsLower(c) && !(ignoreCase && char.IsLetter(c)))));

    private const int MaxExpansions = 16;

    /// <summary>Every string the run stands for.</summary>
    private static IEnumerable<string> Expand(List<string> run)
    {
        IEnumerable<string> strings = [string.Empty];
        foreach (var element in run)
        {
            var current = strings;
            strings = current.SelectMany(prefix => element.Select(c => prefix + c)).ToList();
        }

        return strings;
    }

    private static bool Safe(char c, bool ignoreCase) =>
        c < 128 && (!ignoreCase || c is not ('k' or 'K' or 's' or 'S' or 'i' or 'I'));

    /// <summary>The index of the ']' closing the class at <paramref name="open"/>; -1 for nested classes or none.</summary>
    private static int SkipClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++;
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '[') return -1;
            else if (pattern[i] == ']') return i;
        }

        return -1;
    }

    /// <summary>The index of the ')' closing the group at <paramref name="open"/>, or -1.</summary>
    private static int CloseOf(string pattern, int open)
    {
        var depth = 0;
        for (var i = NextStructural(pattern, open); i >= 0 && i < pattern.Length; i = NextStructural(pattern, i + 1))
        {
            if (pattern[i] == '(') depth++;
            else if (pattern[i] == ')' && --depth == 0) return i;
        }

        return -1;
    }

    /// <summary>
    /// The one walk through a pattern's structure that <see cref="SplitAlternatives"/> and <see cref="CloseOf"/> share:
    /// the index of the next '(', ')' or '|' at or after <paramref name="from"/>, escapes and classes stepped over
    /// whole; the pattern's length at its end; -1 when a class does not close (or nests one: not read).
    /// </summary>
    private static int NextStructural(string pattern, int from)
    {
        for (var i = from; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    if (i < 0) return -1;
                    break;
                case '(' or ')' or '|':
                    return i;
            }
        }

        return pattern.Length;
    }

    /// <summary>The index after the quantifier at <paramref name="at"/> (with a lazy '?'), or -1 when it is not one.</summary>
    private static int SkipQuantifier(string pattern, int at)
    {
        var i = at;
        if (pattern[i] == '{')
        {
            var close = pattern.IndexOf('}', i);
            if (close < 0) return -1;
            i = close + 1;
        }
        else
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == '?') i++;
        return i;
    }
}

using System.Text.RegularExpressions;

namespace Lint.Text;

/// <summary>
/// Compiles user patterns so that they run in linear time. A pattern whose quantifiers are all bounded and apply to
/// single characters (token lists, "January (\d{1,2})") can only try a fixed number of ways from each position, so
/// the interpreter runs it in linear time and costs nothing to build. Any other pattern gets the non-backtracking
/// engine on .NET 7+ (linear by construction, but a few milliseconds to build, which is most of what checking one
/// article costs), and a match timeout where that engine does not exist (netstandard2.0 hosts such as the Roslyn
/// analyzer). Both engines find the same matches. Patterns are validated with the interpreter and a scan for the
/// constructs the linear-time engine rejects.
/// </summary>
public static class RegexFactory
{
    /// <summary>The timeout used where the non-backtracking engine is not available, and for short-text helpers.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    /// <summary>Compiles <paramref name="pattern"/> for running over article text, or returns null with the reason in <paramref name="error"/>.</summary>
    public static Regex? TryCreate(string pattern, bool ignoreCase, out string error)
    {
        if (!Validate(pattern, ignoreCase, out error)) return null;
        try
        {
#if NET7_0_OR_GREATER
            return IsBoundedPerPosition(pattern)
                ? new Regex(pattern, Options(ignoreCase))
                : new Regex(pattern, Options(ignoreCase) | RegexOptions.NonBacktracking);
#else
            return new Regex(pattern, Options(ignoreCase), Timeout);
#endif
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>
    /// Compiles a pattern that only ever runs on short text already matched (a substitution's own entry), with the
    /// interpreter and a timeout: cheap to build, and bounded.
    /// </summary>
    public static Regex? TryCreateForShortText(string pattern, bool ignoreCase, out string error)
    {
        try
        {
            error = string.Empty;
            return new Regex(pattern, Options(ignoreCase), Timeout);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Whether the pattern compiles and can run in linear time; the reason in <paramref name="error"/> when not.</summary>
    public static bool Validate(string pattern, bool ignoreCase, out string error)
    {
        if (TryCreateForShortText(pattern, ignoreCase, out error) is null) return false;
        if (UnsupportedConstruct(pattern) is { } construct)
        {
            error = $"{construct} cannot run in linear time; rewrite the pattern without it";
            return false;
        }

        return true;
    }

    /// <summary>The most ways (product of quantifier ranges) a bounded pattern may try from one position.</summary>
    private const int MaxWaysPerPosition = 4096;

    /// <summary>
    /// Whether a valid pattern tries a bounded number of ways from each start position: no *, + or {n,}; {n,m}
    /// only on a single character, escape or class; ? on anything; and the product of the ranges within
    /// <see cref="MaxWaysPerPosition"/>. Conservative: anything it does not understand is not bounded.
    /// </summary>
    public static bool IsBoundedPerPosition(string pattern)
    {
        long ways = 1;
        var inClass = false;
        var lastWasGroup = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (inClass)
            {
                if (c == '\\') i++;
                else if (c == ']') inClass = false;
                continue;
            }

            switch (c)
            {
                case '\\':
                    if (i + 1 < pattern.Length && pattern[i + 1] is 'p' or 'P') i = pattern.IndexOf('}', i) < 0 ? pattern.Length : pattern.IndexOf('}', i);
                    else i++;
                    lastWasGroup = false;
                    continue;
                case '[':
                    inClass = true;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^') i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']') i++;
                    lastWasGroup = false;
                    continue;
                case '*' or '+':
                    return false;
                case '?':
                    // A lazy suffix or a group's (?: opener is not a quantifier.
                    if (i > 0 && pattern[i - 1] is '(' or '*' or '+' or '?' or '}') continue;
                    ways *= 2;
                    break;
                case '{':
                    var close = pattern.IndexOf('}', i);
                    if (close < 0) break;
                    var range = pattern.Substring(i + 1, close - i - 1).Split(',');
                    if (!int.TryParse(range[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var min)) break;
                    var max = min;
                    if (range.Length == 2 && !int.TryParse(range[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out max)) return false;
                    if (range.Length > 2 || lastWasGroup) return false;
                    ways *= max - min + 1;
                    i = close;
                    break;
            }

            if (ways > MaxWaysPerPosition) return false;
            lastWasGroup = c == ')';
        }

        return true;
    }

    private static RegexOptions Options(bool ignoreCase) =>
        RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    /// <summary>Lookarounds, atomic groups, conditionals and backreferences: what a linear-time engine cannot do.</summary>
    private static string? UnsupportedConstruct(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                if (!inClass && (next is >= '1' and <= '9' || next == 'k')) return "a backreference (\\" + next + ")";
                i++;
                continue;
            }

            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (!inClass && c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?')
            {
                var rest = pattern.Substring(i + 2, Math.Min(2, pattern.Length - i - 2));
                if (rest.StartsWith("=", StringComparison.Ordinal) || rest.StartsWith("!", StringComparison.Ordinal)) return "a lookahead (?" + rest[0] + "…)";
                if (rest is "<=" or "<!") return "a lookbehind (?" + rest + "…)";
                if (rest.StartsWith(">", StringComparison.Ordinal)) return "an atomic group (?>…)";
                if (rest.StartsWith("(", StringComparison.Ordinal)) return "a conditional (?(…)";
            }
        }

        return null;
    }
}

using System.Text.RegularExpressions;

namespace Lint.Text;

/// <summary>
/// Compiles user patterns so that they run in linear time: the non-backtracking engine on .NET 7+, and a match
/// timeout where that engine does not exist (netstandard2.0 hosts such as the Roslyn analyzer). Building a
/// non-backtracking regex is slow, so patterns are validated with the interpreter and a scan for the constructs the
/// linear-time engine rejects, and only the one expression a check runs is built non-backtracking.
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
            return new Regex(pattern, Options(ignoreCase) | RegexOptions.NonBacktracking);
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

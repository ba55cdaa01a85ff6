using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Configuration;

/// <summary>
/// An EditorConfig section glob: <c>*</c> (not across /), <c>**</c> (across /), <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>,
/// <c>{a,b}</c> and <c>{1..5}</c>. A glob without a slash matches a file name in any folder below the
/// .editorconfig's own; one with a slash is anchored there.
/// </summary>
public sealed partial class EditorConfigGlob
{
    private readonly Regex _regex;
    private readonly string[] _tails;

    private readonly bool _matchesAll;

    private EditorConfigGlob(Regex regex, string[] tails, bool matchesAll)
    {
        _regex = regex;
        _tails = tails;
        _matchesAll = matchesAll;
    }

    /// <summary>Compiles a section name; null when it is malformed.</summary>
    public static EditorConfigGlob? TryCreate(string glob)
    {
        var pattern = glob.Trim();
        if (pattern.Length == 0) return null;
        if (pattern.IndexOf('/') < 0) pattern = "**/" + pattern;
        else if (pattern[0] == '/') pattern = pattern.Substring(1);
        var sb = new StringBuilder("^");
        var braces = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        i++;
                        sb.Append("(?:.*/)?");
                    }
                    else
                    {
                        sb.Append(".*");
                    }

                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        sb.Append(@"\[");
                        break;
                    }

                    var set = pattern.Substring(i + 1, close - i - 1);
                    sb.Append('[').Append(set.StartsWith("!", StringComparison.Ordinal) ? "^" + Escape(set.Substring(1)) : Escape(set)).Append(']');
                    i = close;
                    break;
                case '{':
                    var end = pattern.IndexOf('}', i + 1);
                    var range = end > 0 ? Regex.Match(pattern.Substring(i + 1, end - i - 1), @"^(-?[0-9]+)\.\.(-?[0-9]+)$", RegexOptions.CultureInvariant) : Match.Empty;
                    if (range.Success)
                    {
                        // Ranges of ASCII digits only, and up to 10,000 numbers: anything else is not a valid glob.
                        if (!int.TryParse(range.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var from)
                            || !int.TryParse(range.Groups[2].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var to)
                            || Math.Abs((long)to - from) > 10_000) return null;
                        var numbers = Enumerable.Range(Math.Min(from, to), Math.Abs(to - from) + 1).Select(n => n.ToString(CultureInfo.InvariantCulture));
                        sb.Append("(?:").Append(string.Join("|", numbers)).Append(')');
                        i = end;
                        break;
                    }

                    braces++;
                    sb.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    sb.Append(')');
                    break;
                case ',' when braces > 0:
                    sb.Append('|');
                    break;
                case '\\' when i + 1 < pattern.Length:
                    sb.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (braces != 0) return null;
        sb.Append(@"\z");
        try
        {
            // "[*]" (every file, the usual first section) is answered without the expression. Many stars in one
            // segment ("*a*a*a…*b") would backtrack for ages on a long name: linear where the engine exists, else bounded.
            return new EditorConfigGlob(Compile(sb.ToString()), LiteralTails(pattern), pattern is "**/*" or "**");
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The linear-time engine where it exists; a glob too large for it (a numeric range of thousands of numbers, which
    /// cannot backtrack much anyway) runs on the interpreter under the timeout.
    /// </summary>
    private static Regex Compile(string expression)
    {
        try
        {
            return new Regex(expression, GlobOptions, RegexFactory.Timeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(expression, RegexOptions.CultureInvariant, RegexFactory.Timeout);
        }
    }


    /// <summary>Whether the path (relative to the .editorconfig's folder, with forward slashes) matches; a match that times out is no match.</summary>
    public bool IsMatch(string relativePath)
    {
        if (_matchesAll && relativePath.IndexOf('\n') < 0) return true;
        try
        {
            return EndsWithATail(relativePath) && _regex.IsMatch(relativePath);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private bool EndsWithATail(string relativePath)
    {
        if (_tails.Length == 0) return true;
        foreach (var tail in _tails)
        {
            if (relativePath.EndsWith(tail, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// The plain endings one of which every match ends with: the glob's plain tail ("*.cs" ends ".cs"), or for a glob
    /// that ends in plain alternatives, each of them after the plain text before the brace ("*.{yml,json}" ends ".yml"
    /// or ".json"). None when the glob ends otherwise (then every path goes to the expression).
    /// </summary>
    private static string[] LiteralTails(string pattern)
    {
        if (!pattern.EndsWith("}", StringComparison.Ordinal))
        {
            var tail = LiteralTail(pattern);
            return tail.Length == 0 ? [] : [tail];
        }

        var open = pattern.LastIndexOf('{');
        if (open < 0) return [];
        var inside = pattern.Substring(open + 1, pattern.Length - open - 2);
        if (inside.IndexOfAny(['*', '?', '[', ']', '{', '}', '\\']) >= 0 || Regex.IsMatch(inside, @"^-?[0-9]+\.\.-?[0-9]+$", RegexOptions.CultureInvariant)) return [];
        var before = LiteralTail(pattern.Substring(0, open));
        var tails = inside.Split(',').Select(a => before + a).ToArray();
        return tails.Any(t => t.Length == 0) ? [] : tails;
    }

    /// <summary>
    /// The plain characters that end the glob ("*.cs" ends ".cs"): every match ends with them, so a path that does
    /// not is rejected without running the expression (a section is tried against every article).
    /// </summary>
    private static string LiteralTail(string pattern)
    {
        var start = pattern.Length;
        // A slash ends it too: after "**" the slash is optional ("**/a.md" matches "a.md").
        while (start > 0 && pattern[start - 1] is not ('*' or '?' or '[' or ']' or '{' or '}' or ',' or '\\' or '/')) start--;

        // A character escaped with a backslash is plain too, but the escape makes the tail harder to read: stop there.
        return start > 0 && pattern[start - 1] == '\\' ? string.Empty : pattern.Substring(start);
    }

    private static string Escape(string set) => set.Replace(@"\", @"\\").Replace("^", @"\^").Replace("[", @"\[");
}

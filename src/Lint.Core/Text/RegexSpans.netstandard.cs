using System.Text.RegularExpressions;

namespace Lint.Text;

// netstandard2.0 has no span overloads: the span is copied to a string.
internal static partial class RegexSpans
{
    /// <summary>Whether <paramref name="regex"/> matches somewhere in <paramref name="text"/> (on .NET 7 and later, the framework's own method).</summary>
    public static bool IsMatch(this Regex regex, ReadOnlySpan<char> text) => regex.IsMatch(text.ToString());

    public static partial int FirstMatchIndex(this Regex regex, ReadOnlySpan<char> text, int from)
    {
        var match = regex.Match(text.ToString(), from);
        return match.Success ? match.Index : -1;
    }
}

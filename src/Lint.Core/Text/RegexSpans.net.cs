using System.Text.RegularExpressions;

namespace Lint.Text;

// net10.0: the span is read in place, and finding where a match is makes no Match object.
internal static partial class RegexSpans
{
    public static partial int FirstMatchIndex(this Regex regex, ReadOnlySpan<char> text, int from)
    {
        foreach (var match in regex.EnumerateMatches(text, from)) return match.Index;
        return -1;
    }
}

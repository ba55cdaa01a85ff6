using System.Text.RegularExpressions;

namespace Lint.Text;

/// <summary>
/// Running an expression over a span of text on either target framework: .NET 7 and later read the span in place;
/// the netstandard2.0 part (hosts such as the analyzer on .NET Framework) reads a copy of it.
/// </summary>
internal static partial class RegexSpans
{
    /// <summary>
    /// The index of the first match of <paramref name="regex"/> in <paramref name="text"/> at or after
    /// <paramref name="from"/> (look-behinds see the text before it), or -1.
    /// </summary>
    public static partial int FirstMatchIndex(this Regex regex, ReadOnlySpan<char> text, int from);
}

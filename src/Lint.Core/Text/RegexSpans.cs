#if !NET7_0_OR_GREATER
using System.Text.RegularExpressions;

namespace Lint.Text;

/// <summary>
/// <c>Regex.IsMatch</c> over a span for the hosts whose framework has none (netstandard2.0: the Roslyn analyzer), by a
/// copy of the span; on .NET 7 and later the framework's own method is called, without one.
/// </summary>
internal static class RegexSpans
{
    /// <summary>Whether <paramref name="regex"/> matches somewhere in <paramref name="text"/>.</summary>
    public static bool IsMatch(this Regex regex, ReadOnlySpan<char> text) => regex.IsMatch(text.ToString());
}
#endif

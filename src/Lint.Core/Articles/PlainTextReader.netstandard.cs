using System.Text.RegularExpressions;

namespace Lint.Articles;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal static partial class PlainTextReader
{
    private static partial Regex ListMarker => Built.ListMarker;
    private static partial Regex SeparatorLine => Built.SeparatorLine;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex ListMarker = new(ListMarkerPattern, RegexOptions.CultureInvariant);

        public static readonly Regex SeparatorLine = new(SeparatorLinePattern, RegexOptions.CultureInvariant);
    }
}

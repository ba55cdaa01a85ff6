using System.Text.RegularExpressions;

namespace Lint.Articles;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal static partial class DatelineParser
{
    private static partial Regex Upper => Built.Upper;
    private static partial Regex Title => Built.Title;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex Upper = new(UpperPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

        public static readonly Regex Title = new(TitlePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }
}

using System.Text.RegularExpressions;

namespace Lint.Articles;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal static partial class MarkdownReader
{
    private static partial Regex FrontMatterField => Built.FrontMatterField;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex FrontMatterField = new(FrontMatterFieldPattern, RegexOptions.CultureInvariant | RegexOptions.Multiline);
    }
}

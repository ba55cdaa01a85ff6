using System.Text.RegularExpressions;

namespace Lint.Articles;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal static partial class MissingStops
{
    private static partial Regex Divine => Built.Divine;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex Divine = new(DivinePattern, RegexOptions.CultureInvariant);
    }
}

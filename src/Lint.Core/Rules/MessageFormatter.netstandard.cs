using System.Text.RegularExpressions;

namespace Lint.Rules;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal static partial class MessageFormatter
{
    private static partial Regex Placeholder => Built.Placeholder;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex Placeholder = new(PlaceholderPattern, RegexOptions.CultureInvariant);
    }
}

using System.Text.RegularExpressions;

namespace Lint.Checks;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal sealed partial class WeekdayDateCheck
{
    private static partial Regex WeekdayDateRegex => Built.WeekdayDateRegex;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex WeekdayDateRegex = new(WeekdayDatePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }
}

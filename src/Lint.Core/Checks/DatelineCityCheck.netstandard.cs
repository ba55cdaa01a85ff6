using System.Text.RegularExpressions;

namespace Lint.Checks;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal sealed partial class DatelineCityCheck
{
    private static partial Regex Calendar => Built.Calendar;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex Calendar = new(CalendarPattern, RegexOptions.CultureInvariant);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>weekday-date</c>: a weekday next to a full date must be that date's weekday ("Sunday, January 18, 2026"
/// is right; "Monday, January 18, 2026" is not). Dates without a year are left alone: the year is a guess.
/// </summary>
internal sealed partial class WeekdayDateCheck : ICheck
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The weekdays as the pattern reads them, full and abbreviated.</summary>
    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun";

    private const string WeekdayDatePattern =
        @"\b(?<weekday>" + Weekdays + @")\.?,?\s+(?<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.?|April|Apr\.?|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b";

    [GeneratedRegex(WeekdayDatePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekdayDateRegex { get; }

    /// <summary>
    /// Every match starts with a weekday's first three letters: one search for them skips most paragraphs. The
    /// letters are read from <see cref="Weekdays"/>, the pattern's own list.
    /// </summary>
    internal static readonly Pattern WeekdayDate = Pattern.From(
        WeekdayDateRegex, new TextSearch.AnyString([.. Weekdays.Split('|').Select(day => day.Substring(0, 3)).Distinct(StringComparer.Ordinal)], ignoreCase: false).In);

    private static readonly Dictionary<string, string> ApAbbreviations = new(StringComparer.Ordinal)
    {
        ["Monday"] = "Mon", ["Tuesday"] = "Tues", ["Wednesday"] = "Wed", ["Thursday"] = "Thurs", ["Friday"] = "Fri",
        ["Saturday"] = "Sat", ["Sunday"] = "Sun",
    };

    /// <summary>The right weekday in the form written: full, three letters, or AP's abbreviation (Tues, Thurs).</summary>
    private static string Spell(string actual, string written) =>
        written.EndsWith("day", StringComparison.Ordinal) ? actual
        : written.Length == 3 ? actual.Substring(0, 3)
        : ApAbbreviations[actual];

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var segment in context.Segments)
        {
            foreach (var match in segment.Matches(WeekdayDate))
            {
                var month = Array.IndexOf(Months, match.Group("month").Value.Substring(0, 3).ToLowerInvariant()) + 1;
                var day = int.Parse(match.Group("day").Value, CultureInfo.InvariantCulture);
                var year = int.Parse(match.Group("year").Value, CultureInfo.InvariantCulture);
                if (month < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
                var actual = new DateTime(year, month, day).DayOfWeek.ToString();
                var weekday = match.Group("weekday");
                if (actual.StartsWith(weekday.Value, StringComparison.Ordinal)) continue;
                var span = weekday.Span;
                var written = Spell(actual, weekday.Value);
                context.Report(span, new Dictionary<string, string>
                {
                    ["weekday"] = weekday.Value,
                    ["date"] = match.Value.Substring(weekday.Length).TrimStart('.', ',', ' '),
                    ["actual"] = actual,
                }, [new Fix($"Change {weekday.Value} to {written}", [new Replacement(span, written)])]);
            }
        }
    }
}

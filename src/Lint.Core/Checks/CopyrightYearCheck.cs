using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>copyright-year</c>: the latest year of a copyright notice ("Copyright 1999-2025", "© 2024", "(c) 2023",
/// "Copyright © 2022 Owner") must be the reference year. Earlier is stale; later is a typo. In the footer the
/// owner may stand before the year; elsewhere only © or a capitalised "Copyright" directly before the year counts,
/// so prose ("the song, copyright 2019 by the band") is never read as a notice. Photo credits in captions
/// ("© 2019 Getty Images") date the photo, not the article, and are out of the default scope.
/// </summary>
internal sealed partial class CopyrightYearCheck : ICheck
{
    private const string Years = @"(?<years>(?:19|20)\d{2}(?:[ ]*(?:[-–—/]|to)[ ]*(?:(?:19|20)\d{2}|\d{2})\b)?(?:[ ]*,[ ]*(?:19|20)\d{2})*)\b";

    private const string FooterNoticePattern =
        @"(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)(?:[ ]*(?:©|\([cC]\)))?[ ]*:?[ ]*(?:(?<owner>[\p{L}&.,' ]{1,60}?)[ ]+)?" + Years;

    [GeneratedRegex(FooterNoticePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FooterNoticeRegex { get; }

    private const string ProseNoticePattern = @"(?:©|\bCopyright(?:[ ]*©)?|\bCOPYRIGHT(?:[ ]*©)?)[ ]*" + Years;

    [GeneratedRegex(ProseNoticePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ProseNoticeRegex { get; }

    private const string YearPattern = @"\d{2,4}";

    [GeneratedRegex(YearPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Year { get; }

    // Both notice patterns are case-sensitive, so ordinal (vectorised) searches find every candidate; an
    // ignore-case search would run a character at a time under invariant globalization.
    internal static readonly Pattern FooterNotice = Pattern.From(FooterNoticeRegex, TextSearch.MayHoldCopyrightNotice);

    internal static readonly Pattern ProseNotice = Pattern.From(ProseNoticeRegex, TextSearch.MayHoldCopyrightNotice);

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var reference = context.ReferenceDate.Year;
        foreach (var segment in context.Segments)
        {
            var pattern = segment.Kind == SegmentKind.Footer ? FooterNotice : ProseNotice;
            foreach (var match in segment.Matches(pattern))
            {
                var years = match.Group("years");
                var (latest, span) = Latest(years.Value);
                if (latest == reference) continue;
                var yearSpan = segment.SourceSpan(years.Index + span.Start, years.Index + span.End);
                var yearText = latest.ToString(CultureInfo.InvariantCulture);
                var referenceText = reference.ToString(CultureInfo.InvariantCulture);
                var newText = span.Length == 2 ? referenceText.Substring(2) : referenceText;
                context.Report(yearSpan, new Dictionary<string, string>
                {
                    ["year"] = yearText,
                    ["current"] = referenceText,
                    ["problem"] = latest < reference ? "is out of date" : "is in the future",
                }, [new Fix($"Change {yearText} to {referenceText}", [new Replacement(yearSpan, newText)])]);
            }
        }
    }

    /// <summary>The latest year of "1999-2025", "2019–25", "2020, 2024" and where it stands in the group.</summary>
    private static (int Year, TextSpan Span) Latest(string years)
    {
        var best = -1;
        var bestSpan = default(TextSpan);
        var century = 0;
        foreach (Match m in Year.Matches(years))
        {
            var value = int.Parse(m.Value, CultureInfo.InvariantCulture);
            if (m.Length == 4) century = value / 100 * 100;
            else value += century;
            if (value >= best)
            {
                best = value;
                bestSpan = new TextSpan(m.Index, m.Length);
            }
        }

        return (best, bestSpan);
    }
}

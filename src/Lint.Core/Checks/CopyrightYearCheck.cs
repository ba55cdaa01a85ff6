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
public sealed partial class CopyrightYearCheck : ICheck
{
    private const string Years = @"(?<years>(?:19|20)\d{2}(?:[ ]*(?:[-–—/]|to)[ ]*(?:(?:19|20)\d{2}|\d{2})\b)?(?:[ ]*,[ ]*(?:19|20)\d{2})*)\b";

    private const string FooterNoticePattern =
        @"(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)(?:[ ]*(?:©|\([cC]\)))?[ ]*:?[ ]*(?:(?<owner>[\p{L}&.,' ]{1,60}?)[ ]+)?" + Years;

#if NET7_0_OR_GREATER
    [GeneratedRegex(FooterNoticePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FooterNotice { get; }
#else
    private static Regex FooterNotice { get; } = new(FooterNoticePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
#endif

    private const string ProseNoticePattern = @"(?:©|\bCopyright(?:[ ]*©)?|\bCOPYRIGHT(?:[ ]*©)?)[ ]*" + Years;

#if NET7_0_OR_GREATER
    [GeneratedRegex(ProseNoticePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ProseNotice { get; }
#else
    private static Regex ProseNotice { get; } = new(ProseNoticePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
#endif

    private const string YearPattern = @"\d{2,4}";

#if NET7_0_OR_GREATER
    [GeneratedRegex(YearPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Year { get; }
#else
    private static Regex Year { get; } = new(YearPattern, RegexOptions.CultureInvariant);
#endif

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var reference = context.ReferenceDate.Year;
        foreach (var segment in context.Segments)
        {
            if (!MayHoldNotice(segment.Text)) continue;
            var pattern = segment.Kind == SegmentKind.Footer ? FooterNotice : ProseNotice;
            for (var match = segment.Match(pattern); match.Success; match = match.NextMatch())
            {
                var years = match.Groups["years"];
                var (latest, span) = Latest(years);
                if (latest == reference) continue;
                var yearSpan = segment.SourceSpan(segment.IndexOf(years) + span.Start, segment.IndexOf(years) + span.End);
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

    // Both notice patterns are case-sensitive, so ordinal (vectorised) searches find every candidate; an
    // ignore-case search would run a character at a time under invariant globalization.
    private static bool MayHoldNotice(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        // Two vectorised passes rather than five: the words, then each © or "(" ("(c)" is rare, "(" not much less so).
        if (text.IndexOfAny(NoticeWords) >= 0) return true;
        for (var i = text.IndexOfAny('©', '('); i >= 0; i = text.Slice(i + 1).IndexOfAny('©', '(') is var k and >= 0 ? i + 1 + k : -1)
        {
            if (text[i] == '©' || (i + 2 < text.Length && text[i + 1] is 'c' or 'C' && text[i + 2] == ')')) return true;
        }

        return false;
#else
        return text.IndexOf('©') >= 0 || text.IndexOf("opyright".AsSpan()) >= 0 || text.IndexOf("OPYRIGHT".AsSpan()) >= 0
            || text.IndexOf("(c)".AsSpan()) >= 0 || text.IndexOf("(C)".AsSpan()) >= 0;
#endif
    }

#if NET9_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<string> NoticeWords = System.Buffers.SearchValues.Create(["opyright", "OPYRIGHT"], StringComparison.Ordinal);
#endif

    /// <summary>The latest year of "1999-2025", "2019–25", "2020, 2024" and where it stands in the group.</summary>
    private static (int Year, TextSpan Span) Latest(Group years)
    {
        var best = -1;
        var bestSpan = default(TextSpan);
        var century = 0;
        foreach (Match m in Year.Matches(years.Value))
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

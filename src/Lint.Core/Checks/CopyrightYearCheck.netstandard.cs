using System.Text.RegularExpressions;

namespace Lint.Checks;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal sealed partial class CopyrightYearCheck
{
    private static partial Regex FooterNoticeRegex => Built.FooterNoticeRegex;
    private static partial Regex ProseNoticeRegex => Built.ProseNoticeRegex;
    private static partial Regex Year => Built.Year;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex FooterNoticeRegex = new(FooterNoticePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

        public static readonly Regex ProseNoticeRegex = new(ProseNoticePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

        public static readonly Regex Year = new(YearPattern, RegexOptions.CultureInvariant);
    }
}

using System.Text.RegularExpressions;

namespace Lint.Articles;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal static partial class BlockClassifier
{
    internal static partial Regex Byline => Built.Byline;
    internal static partial Regex Copyright => Built.Copyright;
    internal static partial Regex NoticeInside => Built.NoticeInside;
    private static partial Regex TailTrigger => Built.TailTrigger;
    internal static partial Regex Residue => Built.Residue;
    private static partial Regex PoweredBy => Built.PoweredBy;
    private static partial Regex Metadata => Built.Metadata;
    internal static partial Regex Caption => Built.Caption;
    private static partial Regex CreditAtEnd => Built.CreditAtEnd;
    private static partial Regex UiLabel => Built.UiLabel;
    private static partial Regex LinkLine => Built.LinkLine;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex Byline = new(BylinePattern, RegexOptions.CultureInvariant);

        public static readonly Regex Copyright = new(CopyrightPattern, Options);

        public static readonly Regex NoticeInside = new(NoticeInsidePattern, RegexOptions.CultureInvariant);

        public static readonly Regex TailTrigger = new(TailTriggerPattern, Options);

        public static readonly Regex Residue = new(ResiduePattern, Options);

        public static readonly Regex PoweredBy = new(PoweredByPattern, Options);

        public static readonly Regex Metadata = new(MetadataPattern, Options);

        public static readonly Regex Caption = new(CaptionPattern, Options);

        public static readonly Regex CreditAtEnd = new(CreditAtEndPattern, RegexOptions.CultureInvariant);

        public static readonly Regex UiLabel = new(UiLabelPattern, Options);

        public static readonly Regex LinkLine = new(LinkLinePattern, Options);
    }
}

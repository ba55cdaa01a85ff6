using System.Text.RegularExpressions;

namespace Lint.Articles;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal static partial class ProseShape
{
    private static partial Regex AlignedColumns => Built.AlignedColumns;
    private static partial Regex Versus => Built.Versus;
    private static partial Regex Credit => Built.Credit;
    internal static partial Regex Embed => Built.Embed;
    private static partial Regex Attribution => Built.Attribution;
    private static partial Regex Citation => Built.Citation;
    private static partial Regex SignOff => Built.SignOff;
    private static partial Regex HeadingPhrase => Built.HeadingPhrase;
    private static partial Regex ReportingVerb => Built.ReportingVerb;
    private static partial Regex DocumentLink => Built.DocumentLink;
    private static partial Regex Formula => Built.Formula;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex AlignedColumns = new(AlignedColumnsPattern, RegexOptions.CultureInvariant);

        public static readonly Regex Versus = new(VersusPattern, RegexOptions.CultureInvariant);

        public static readonly Regex Credit = new(CreditPattern, RegexOptions.CultureInvariant);

        public static readonly Regex Embed = new(EmbedPattern, RegexOptions.CultureInvariant);

        public static readonly Regex Attribution = new(AttributionPattern, RegexOptions.CultureInvariant);

        public static readonly Regex Citation = new(CitationPattern, RegexOptions.CultureInvariant);

        public static readonly Regex SignOff = new(SignOffPattern, RegexOptions.CultureInvariant);

        public static readonly Regex HeadingPhrase = new(HeadingPhrasePattern, RegexOptions.CultureInvariant);

        public static readonly Regex ReportingVerb = new(ReportingVerbPattern, RegexOptions.CultureInvariant);

        public static readonly Regex DocumentLink = new(DocumentLinkPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static readonly Regex Formula = new(FormulaPattern, RegexOptions.CultureInvariant);
    }
}

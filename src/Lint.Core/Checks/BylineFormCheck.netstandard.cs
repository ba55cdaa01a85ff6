using System.Text.RegularExpressions;

namespace Lint.Checks;

// netstandard2.0 has no regex source generator: the expressions declared with [GeneratedRegex] are built here.
internal sealed partial class BylineFormCheck
{
    private static partial Regex LowerByRegex => Built.LowerByRegex;
    private static partial Regex BareInitialRegex => Built.BareInitialRegex;
    private static partial Regex TitleRunsOnRegex => Built.TitleRunsOnRegex;

    /// <summary>The expressions, built together when one is first used.</summary>
    private static class Built
    {
        public static readonly Regex LowerByRegex = new(LowerByPattern, RegexOptions.CultureInvariant);

        public static readonly Regex BareInitialRegex = new(BareInitialPattern, RegexOptions.CultureInvariant);

        public static readonly Regex TitleRunsOnRegex = new(TitleRunsOnPattern, RegexOptions.CultureInvariant);
    }
}

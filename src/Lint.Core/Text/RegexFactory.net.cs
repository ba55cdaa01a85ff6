using System.Text.RegularExpressions;

namespace Lint.Text;

// net10.0 has the non-backtracking engine.
internal static partial class RegexFactory
{
    private static partial RegexOptions? FindNonBacktracking() => RegexOptions.NonBacktracking;
}

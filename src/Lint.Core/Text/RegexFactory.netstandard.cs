using System.Text.RegularExpressions;

namespace Lint.Text;

// netstandard2.0 cannot name the non-backtracking engine: the runtime hosting it is asked whether it has one.
internal static partial class RegexFactory
{
    private static partial RegexOptions? FindNonBacktracking()
    {
        const RegexOptions nonBacktracking = (RegexOptions)1024;
        try
        {
            _ = new Regex("a", nonBacktracking);
            return nonBacktracking;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}

using System.Text.RegularExpressions;

namespace Lint.Text;

/// <summary>
/// Compiles user patterns so that they run in linear time: the non-backtracking engine on .NET 7+, and a match
/// timeout where that engine does not exist (netstandard2.0 hosts such as the Roslyn analyzer).
/// </summary>
public static class RegexFactory
{
    /// <summary>The timeout used where the non-backtracking engine is not available.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    /// <summary>Compiles <paramref name="pattern"/>, or returns null with the reason in <paramref name="error"/>.</summary>
    public static Regex? TryCreate(string pattern, bool ignoreCase, out string error)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            error = string.Empty;
#if NET7_0_OR_GREATER
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
#else
            return new Regex(pattern, options, Timeout);
#endif
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
        catch (NotSupportedException ex)
        {
            // Constructs the linear-time engine cannot run (backreferences, lookarounds, atomic groups).
            error = ex.Message;
            return null;
        }
    }
}

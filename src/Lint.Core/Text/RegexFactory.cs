using System.Text.RegularExpressions;

namespace Lint.Text;

/// <summary>
/// Compiles user patterns so that they run in linear time. A pattern that takes few steps from each start position
/// (token lists, "January (\d{1,2})"; see <see cref="RegexShape"/>) runs in linear time on the interpreter, which
/// costs nothing to build. Any other pattern gets the non-backtracking engine (linear by construction, but costly to
/// build): on .NET 7+, and from the netstandard2.0 build too when the runtime hosting it has that engine. Where no
/// runtime has it (an analyzer hosted on .NET Framework), a match timeout: a pattern that takes too long stops, and
/// the rule reports that instead of its findings. Both engines find the same matches. Patterns are validated with the
/// interpreter and read by <see cref="RegexShape"/> for the constructs the linear-time engine rejects.
/// </summary>
internal static partial class RegexFactory
{
    /// <summary>The timeout used where the non-backtracking engine is not available, and for short-text helpers.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The timeout of a pattern judged bounded: it never takes this long (a linear pass over 100 MB takes less), and
    /// should the judgement ever be wrong the rule stops with a finding instead of hanging.
    /// </summary>
    private static readonly TimeSpan BackstopTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The steps (see <see cref="RegexShape.Cost"/>) any pattern may take from one position and still run on the
    /// interpreter: a 1 MB article then costs at most about a billion steps, and real patterns far fewer (a date with
    /// its variants about 40). A longer pattern may take up to <see cref="StepsPerPatternCharacter"/> steps for each of
    /// its characters, as a list of a thousand words does (about one step a character): the interpreter then costs what
    /// the linear-time engine costs at worst (the article's length times the pattern's), and the linear-time engine
    /// refuses such lists (its automaton would be too large).
    /// </summary>
    private const long MinStepsPerPosition = 1024;

    /// <inheritdoc cref="MinStepsPerPosition"/>
    private const long StepsPerPatternCharacter = 4;

    /// <summary>
    /// The non-backtracking option when the runtime has it. The netstandard2.0 build cannot name it, but its value is
    /// fixed (1024) and a runtime without it refuses it when a pattern is built.
    /// </summary>
    private static readonly RegexOptions? NonBacktracking = FindNonBacktracking();

    /// <summary>Compiles <paramref name="pattern"/> for running over article text, or returns null with the reason in <paramref name="error"/>.</summary>
    public static Regex? TryCreate(string pattern, bool ignoreCase, out string error)
    {
        if (Read(pattern, ignoreCase, out error) is not var (shape, interpreted)) return null;
        try
        {
            // The interpreter built to read the pattern is the one to run when it is bounded.
            if (IsBounded(pattern, shape)) return interpreted;
            if (NonBacktracking is { } linear) return new Regex(pattern, Options(ignoreCase) | linear);
            return new Regex(pattern, Options(ignoreCase), Timeout);
        }
        catch (NotSupportedException ex)
        {
            error = Refused(ex);
            return null;
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>
    /// Compiles a pattern that only ever runs on short text already matched (a substitution's own entry), with the
    /// interpreter and a timeout: cheap to build, and bounded.
    /// </summary>
    public static Regex? TryCreateForShortText(string pattern, bool ignoreCase, out string error)
    {
        try
        {
            error = string.Empty;
            return new Regex(pattern, Options(ignoreCase), Timeout);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Whether the pattern compiles and can run in linear time; the reason in <paramref name="error"/> when not.</summary>
    public static bool Validate(string pattern, bool ignoreCase, out string error)
    {
        if (Read(pattern, ignoreCase, out error) is not var (shape, _)) return false;
        if (shape.Understood || NonBacktracking is not { } linear) return true;

        // A pattern not read through is left to the linear-time engine: it must accept it.
        try
        {
            _ = new Regex(pattern, Options(ignoreCase) | linear);
            return true;
        }
        catch (NotSupportedException ex)
        {
            error = Refused(ex);
            return false;
        }
    }

    /// <summary>
    /// Whether a valid pattern takes a bounded number of steps from each start position, few enough for the interpreter
    /// to run it in linear time: quantifiers bounded ({n,m} on a single character, escape or class; ? on anything), and
    /// the ways they and the alternations allow in sequence within a budget. Conservative: anything not understood is
    /// not bounded.
    /// </summary>
    public static bool IsBoundedPerPosition(string pattern) => Read(pattern, false, out _) is var (shape, _) && IsBounded(pattern, shape);

    private static bool IsBounded(string pattern, RegexShape shape) =>
        shape.Cost <= Math.Max(MinStepsPerPosition, StepsPerPatternCharacter * pattern.Length);

    /// <summary>
    /// The shape of a valid pattern with no construct the linear-time engine rejects, and the pattern built for the
    /// interpreter (with <see cref="BackstopTimeout"/>); else null and the reason.
    /// </summary>
    private static (RegexShape Shape, Regex Interpreted)? Read(string pattern, bool ignoreCase, out string error)
    {
        Regex interpreted;
        try
        {
            error = string.Empty;
            interpreted = new Regex(pattern, Options(ignoreCase), BackstopTimeout);
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }

        var shape = RegexShape.Read(pattern, interpreted);
        if (shape.Unsupported is { } construct)
        {
            error = $"{construct} cannot run in linear time; rewrite the pattern without it";
            return null;
        }

        return (shape, interpreted);
    }

    /// <summary>Why the linear-time engine refused a pattern (a construct it lacks, or an automaton too large to build).</summary>
    private static string Refused(NotSupportedException ex) => $"the linear-time engine refuses it: {ex.Message}";

    private static RegexOptions Options(bool ignoreCase) =>
        RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    /// <summary>The non-backtracking option, or null where the runtime has no such engine.</summary>
    private static partial RegexOptions? FindNonBacktracking();
}

namespace Lint.Fuzz;

/// <summary>
/// <c>selftest</c>: fails on any input with a '#' in it. tools/fuzz.sh runs it first and expects afl-fuzz to find a
/// crash from its seed within seconds: a broken pipeline (no coverage, crashes not reported) must not pass as
/// "0 crashes".
/// </summary>
public static class SelfTestTarget
{
    /// <summary>Runs one input.</summary>
    public static void Run(string text)
    {
        // afl-fuzz refuses a target that runs no instrumented code: map the lines, in Lint.Core.
        _ = new Lint.Text.SourceText(text).Lines;
        if (text.Contains('#', StringComparison.Ordinal)) throw new InvariantException("the self-test input was found");
    }
}

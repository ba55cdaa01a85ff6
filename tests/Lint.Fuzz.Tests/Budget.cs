namespace Lint.Fuzz.Tests;

/// <summary>How many inputs a property tries: a few seconds' worth by default, CsCheck_Iter's value when it is set.</summary>
public static class Budget
{
    /// <summary><paramref name="iterations"/>, unless the environment variable CsCheck_Iter asks for another number (a longer run).</summary>
    public static long Iterations(long iterations) =>
        long.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), out var asked) && asked > 0 ? asked : iterations;
}

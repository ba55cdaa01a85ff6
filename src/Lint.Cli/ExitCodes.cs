namespace Lint.Cli;

/// <summary>The process exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Nothing reached the fail level.</summary>
    public const int Success = 0;

    /// <summary>At least one finding reached the fail level.</summary>
    public const int Findings = 1;

    /// <summary>Bad arguments, rule packs that did not load, or files that could not be read (the rest was still linted).</summary>
    public const int Usage = 2;
}

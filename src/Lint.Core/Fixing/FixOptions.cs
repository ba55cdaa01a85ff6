using Lint.Diagnostics;

namespace Lint.Fixing;

/// <summary>Which fixes <see cref="Fixer"/> applies, and how many times it lints and fixes again.</summary>
public sealed class FixOptions
{
    /// <summary>Also apply fixes that are not <see cref="FixSafety.Safe"/> (<c>--unsafe-fixes</c>).</summary>
    public bool Unsafe { get; init; }

    /// <summary>Which findings' fixes apply (say, the rules of <c>--select</c>); every finding when null.</summary>
    public Func<LintDiagnostic, bool>? Include { get; init; }

    /// <summary>
    /// How many times the article is fixed and linted again at most (ESLint's 10): a fix can make room for another
    /// (two overlapping fixes wait a pass) or reveal a new finding.
    /// </summary>
    public int MaxPasses { get; init; } = 10;

    /// <summary>Whether <paramref name="fix"/> may be applied under these options.</summary>
    public bool Allows(Fix fix) => Unsafe || (fix ?? throw new ArgumentNullException(nameof(fix))).Safety == FixSafety.Safe;
}

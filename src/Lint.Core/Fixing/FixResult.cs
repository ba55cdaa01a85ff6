using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Fixing;

/// <summary>A fix that was applied: the finding's rule, the fix's description, and where the finding was in the text of its pass.</summary>
public sealed record AppliedFix(string RuleId, string Description, LinePositionSpan Location, int Pass);

/// <summary>How fixing an article ended.</summary>
public enum FixEnd
{
    /// <summary>Linted once more after the last fix, nothing was left to apply: a second run changes nothing.</summary>
    Settled,

    /// <summary><see cref="FixOptions.MaxPasses"/> passes were made and fixes were still left to apply.</summary>
    PassLimit,

    /// <summary>The fixes brought the text back to what an earlier pass had: two rules undo each other.</summary>
    Cycle,
}

/// <summary>The fixed text, the fixes applied in order, and the findings on the fixed text.</summary>
public sealed record FixResult(string Text, IReadOnlyList<AppliedFix> Applied, IReadOnlyList<LintDiagnostic> Remaining, FixEnd End)
{
    /// <summary>Whether the text differs from the one fixed.</summary>
    public bool Changed { get; init; }
}

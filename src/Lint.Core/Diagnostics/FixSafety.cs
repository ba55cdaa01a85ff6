namespace Lint.Diagnostics;

/// <summary>
/// Whether a fix is applied without asking: <c>lint fix</c> applies a <see cref="Safe"/> fix by default and an
/// <see cref="Unsafe"/> one only with <c>--unsafe-fixes</c>. A rule file declares its fixes safe (<c>fix: safe</c>);
/// a check marks one of them unsafe when it is not certain (two places equally near a misspelled dateline city).
/// </summary>
public enum FixSafety
{
    /// <summary>The fix might change what the text means, or might not be the right one: applied only when asked for.</summary>
    Unsafe,

    /// <summary>The fix is certain (the only nearest known place, a missing final period): applied by default.</summary>
    Safe,
}

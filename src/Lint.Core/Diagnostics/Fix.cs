namespace Lint.Diagnostics;

/// <summary>A mechanical correction: one or more replacements on the unmodified file, applied together.</summary>
public sealed record Fix(string Description, IReadOnlyList<Replacement> Replacements)
{
    /// <summary>
    /// Whether <c>lint fix</c> applies it by default. A check leaves it <see cref="FixSafety.Safe"/> unless it is unsure
    /// of this fix; the finding's fixes are then <see cref="FixSafety.Safe"/> only when the rule file declares
    /// <c>fix: safe</c> (see <see cref="Rules.CheckContext.Report"/>).
    /// </summary>
    public FixSafety Safety { get; init; } = FixSafety.Safe;

    /// <summary>Applies the replacements to <paramref name="text"/>, last first so earlier offsets stay valid.</summary>
    public string ApplyTo(string text)
    {
        var result = text;
        foreach (var replacement in Replacements.OrderByDescending(r => r.Span.Start))
            result = result.Substring(0, replacement.Span.Start) + replacement.NewText + result.Substring(replacement.Span.End);
        return result;
    }
}

using Lint.Rules;
using Lint.Text;

namespace Lint.Diagnostics;

/// <summary>One finding: a rule, its severity here, a specific message, where, and any fixes.</summary>
public sealed record LintDiagnostic(string RuleId, Severity Severity, string Message, TextSpan Span, LinePositionSpan Location)
{
    /// <summary>Mechanical corrections, if the rule offers any.</summary>
    public IReadOnlyList<Fix> Fixes { get; init; } = [];

    /// <summary>Set when an in-text directive switched the finding off; suppressed findings are reported, not counted.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>Named values the message was built from (the city, the year…), for fingerprints and JSON output.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();
}

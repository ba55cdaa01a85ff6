using Lint.Rules;
using Lint.Text;

namespace Lint.Diagnostics;

/// <summary>One finding: a rule, its severity here, a specific message, where, and any fixes.</summary>
public sealed record LintDiagnostic(string RuleId, Severity Severity, string Message, TextSpan Span, LinePositionSpan Location)
{
    private readonly string? _message = Message;
    private readonly string? _format;

    /// <summary>
    /// A finding whose message is the rule's <paramref name="format"/> filled with <paramref name="arguments"/> when it is
    /// read (a report reads it once): an article with tens of thousands of findings does not hold every message twice,
    /// once written out and once as its arguments.
    /// </summary>
    internal LintDiagnostic(string ruleId, Severity severity, string format, ArgumentMap arguments, TextSpan span, LinePositionSpan location)
        : this(ruleId, severity, null!, span, location)
    {
        _format = format;
        Arguments = arguments;
    }

    /// <summary>Where findings about a whole file go: its first character, line 1, column 1.</summary>
    public static LinePositionSpan FileStart { get; } = new(new LinePosition(1, 1), new LinePosition(1, 1));

    /// <summary>
    /// A finding of <paramref name="rule"/> (an engine rule, ED0xxx) about a whole file, at its
    /// <see cref="FileStart"/>, with the rule's default severity.
    /// </summary>
    public static LintDiagnostic AtFileStart(RuleDescriptor rule, string message) =>
        new((rule ?? throw new ArgumentNullException(nameof(rule))).Id, rule.DefaultSeverity, message, default, FileStart);

    /// <summary>The message, specific to this finding.</summary>
    public string Message
    {
        get => _message ?? MessageFormatter.Format(_format!, Arguments);
        init => _message = value;
    }

    /// <summary>Mechanical corrections, if the rule offers any.</summary>
    public IReadOnlyList<Fix> Fixes { get; init; } = [];

    /// <summary>Set when an in-text directive switched the finding off; suppressed findings are reported, not counted.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>Named values the message was built from (the city, the year…), for fingerprints and JSON output.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = ArgumentMap.Empty;
}

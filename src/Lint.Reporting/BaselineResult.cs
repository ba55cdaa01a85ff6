using Lint.Text;

namespace Lint.Reporting;

/// <summary>One result read from a baseline SARIF log: enough to match it and to report it as absent.</summary>
public sealed record BaselineResult(string Path, string RuleId, string Level, string Message, LinePositionSpan Region, string Snippet, string Fingerprint, string LineHash);

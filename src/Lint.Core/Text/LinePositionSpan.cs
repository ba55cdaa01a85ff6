namespace Lint.Text;

/// <summary>Start and end of a span as 1-based positions; the end column is exclusive, as in SARIF regions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);

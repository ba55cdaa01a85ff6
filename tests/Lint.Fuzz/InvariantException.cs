namespace Lint.Fuzz;

/// <summary>A run that finished but broke a promise Lint makes (a span outside the text, a check that failed, …).</summary>
public sealed class InvariantException(string message) : Exception(message);

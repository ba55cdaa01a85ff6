using Lint.Diagnostics;

namespace Lint.Evaluation.Tests;

/// <summary>What linting one variant gave: whether the injected error was found, and every finding that should not be there.</summary>
public sealed record VariantOutcome(Injection Injection, bool Detected, IReadOnlyList<LintDiagnostic> Spurious);

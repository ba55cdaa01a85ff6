using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>The findings for one article; <see cref="Source"/> is null when the file could not be read.</summary>
public sealed record FileReport(string Path, SourceText? Source, IReadOnlyList<LintDiagnostic> Diagnostics);

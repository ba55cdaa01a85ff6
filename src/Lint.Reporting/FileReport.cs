using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>The findings for one article; <see cref="Source"/> is null when the file could not be read.</summary>
public sealed record FileReport(string Path, SourceText? Source, IReadOnlyList<LintDiagnostic> Diagnostics)
{
    /// <summary>
    /// Whether the article is a document of paragraphs (a Word document), not a text file: <see cref="Source"/> is its
    /// paragraphs one a line, so a finding's line is its paragraph; the text report writes it <c>path(¶N,col)</c>, and
    /// SARIF regions carry <c>charOffset</c> and <c>charLength</c> in that text.
    /// </summary>
    public bool ByParagraph { get; init; }
}

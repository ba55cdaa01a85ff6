namespace Lint.Evaluation.Tests;

/// <summary>
/// A closed quotation as the harness pairs it. <see cref="Openings"/> holds its opening mark and, for a quotation
/// that runs over several paragraphs, the mark that reopens each later paragraph; <see cref="Close"/> is the
/// closing mark in the last one.
/// </summary>
public sealed record HarnessQuotation(bool IsDouble, IReadOnlyList<int> Openings, int Close, int BlockIndex)
{
    /// <summary>
    /// Whether deleting <see cref="Close"/> leaves a quotation that is genuinely unclosed, rather than one the
    /// multi-paragraph convention would excuse (still open at the paragraph's end, with the next paragraph opening
    /// with a quotation mark).
    /// </summary>
    public bool RemovalLeavesItUnclosed { get; init; }
}

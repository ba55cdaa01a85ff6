namespace Lint.Evaluation.Tests;

/// <summary>
/// One block of an article as the harness reads it. <see cref="Raw"/> is the exact source slice from
/// <see cref="Start"/>; <see cref="Masked"/> has the same length with markup that is not prose (code spans, link
/// targets, URLs, emphasis stars, blockquote markers) blanked, so an index into either is an offset from Start.
/// </summary>
public sealed record LayoutBlock(BlockKind Kind, int Start, string Raw, string Masked)
{
    /// <summary>The offset just past the block.</summary>
    public int End => Start + Raw.Length;
}

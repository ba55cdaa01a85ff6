using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// A block as a reader found it: a plain-text line or joined lines, or a Markdown block. <see cref="Group"/>
/// numbers runs of lines between blank lines, so the classifier can tell a line that stands alone.
/// </summary>
internal sealed record RawBlock(BlockHint Hint, TextSpan Span, string Content)
{
    public int Group { get; init; }

    public int HeadingLevel { get; init; }

    public string Name { get; init; } = string.Empty;

    /// <summary>2 when the whole block is set in bold (Markdown <c>**…**</c>), 1 in italics, else 0.</summary>
    public int Emphasis { get; init; }

    /// <summary>Whether this block is the only one in its group (blank lines, or Markdown block boundaries, around it).</summary>
    public bool StandsAlone { get; init; } = true;
}

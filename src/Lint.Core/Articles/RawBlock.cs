using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// A block as a reader found it: a plain-text line or joined lines, or a Markdown block. <see cref="Group"/>
/// numbers runs of lines between blank lines, so the classifier can tell a line that stands alone. Its content is
/// <see cref="Length"/> characters of <see cref="Buffer"/> from <see cref="Start"/>, read in place like a segment's;
/// it is <see cref="Span"/>'s text itself unless a reader wrote it without markup and gave its <see cref="Map"/>.
/// </summary>
internal readonly record struct RawBlock(BlockHint Hint, TextSpan Span, string Buffer, int Start)
{
    /// <summary>A block whose content is the whole of <paramref name="content"/>.</summary>
    public RawBlock(BlockHint hint, TextSpan span, string content)
        : this(hint, span, content, 0)
    {
    }

    /// <summary>The content's length: <see cref="Span"/>'s unless the block has a map.</summary>
    public int Length { get => _length ?? Span.Length; init => _length = value; }

    private readonly int? _length;

    /// <summary>Where the content lies in the source, for content written without markup; null when it is the source's own text.</summary>
    public TextMap? Map { get; init; }

    /// <summary>The content, read in place.</summary>
    public ReadOnlySpan<char> Text => Buffer.AsSpan(Start, Length);

    public int Group { get; init; }

    public int HeadingLevel { get; init; }

    public string Name { get; init; } = string.Empty;

    /// <summary>2 when the whole block is set in bold (Markdown <c>**…**</c>), 1 in italics, else 0.</summary>
    public int Emphasis { get; init; }

    /// <summary>Whether this block is the only one in its group (blank lines, or Markdown block boundaries, around it).</summary>
    public bool StandsAlone { get; init; } = true;

    /// <summary>The segment this block becomes, read in the same buffer.</summary>
    public Segment ToSegment(SegmentKind kind, int index) => new(kind, Span, Buffer, Start, Length, Map, Start) { Name = Name, Index = index };
}

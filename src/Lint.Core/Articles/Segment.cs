using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// One part of an article. <see cref="Content"/> has exactly <see cref="Span"/>'s length: markup that is not
/// prose (Markdown emphasis marks, link targets, code, HTML comments) is blanked to spaces, so an index into
/// the content plus <see cref="Span"/>'s start is always the offset in the original text.
/// </summary>
public sealed record Segment(SegmentKind Kind, TextSpan Span, string Content)
{
    /// <summary>Position of the segment in <see cref="Article.Segments"/>.</summary>
    public int Index { get; init; }

    /// <summary>The field name for <see cref="SegmentKind.FrontMatterField"/>; otherwise empty.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Offset in the original text of the content index <paramref name="index"/>.</summary>
    public int OffsetOf(int index) => Span.Start + index;

    /// <summary>Index of the last character that is not white space, or -1 when the content is blank.</summary>
    public int LastContentIndex()
    {
        var i = Content.Length - 1;
        while (i >= 0 && char.IsWhiteSpace(Content[i])) i--;
        return i;
    }

    /// <summary>Index of the first character that is not white space, or -1 when the content is blank.</summary>
    public int FirstContentIndex()
    {
        var i = 0;
        while (i < Content.Length && char.IsWhiteSpace(Content[i])) i++;
        return i < Content.Length ? i : -1;
    }
}

using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// One part of an article. Its content has exactly <see cref="Span"/>'s length: markup that is not prose (Markdown
/// emphasis marks, link targets, code, HTML comments) is blanked to spaces, so an index into the content plus
/// <see cref="Span"/>'s start is always the offset in the original text.
/// </summary>
/// <remarks>
/// The content is read in place, never copied: it is <see cref="Length"/> characters of <see cref="Buffer"/> from
/// <see cref="Start"/>, and the buffer is the article's text itself (or, for Markdown, the text with its markup
/// blanked), so a 50 MB article holds its text once, not once more in its paragraphs. Checks read it as
/// <see cref="Text"/>, by index, or with <see cref="Match(Regex)"/>; <see cref="Content"/> makes a string of it.
/// </remarks>
public sealed class Segment
{
    /// <summary>A segment whose content is the whole of <paramref name="content"/> (its length is <paramref name="span"/>'s).</summary>
    public Segment(SegmentKind kind, TextSpan span, string content)
        : this(kind, span, content, 0)
    {
    }

    /// <summary>A segment whose content is <paramref name="span"/>'s length of <paramref name="buffer"/> from <paramref name="start"/>.</summary>
    public Segment(SegmentKind kind, TextSpan span, string buffer, int start)
    {
        Buffer = buffer ?? throw new ArgumentNullException(nameof(buffer));
        if (start < 0 || start > buffer.Length - span.Length) throw new ArgumentOutOfRangeException(nameof(start));
        Kind = kind;
        Span = span;
        Start = start;
    }

    /// <summary>What the segment is.</summary>
    public SegmentKind Kind { get; }

    /// <summary>Where the segment is in the original text.</summary>
    public TextSpan Span { get; }

    /// <summary>The string that holds the content, from <see cref="Start"/>.</summary>
    public string Buffer { get; }

    /// <summary>Index in <see cref="Buffer"/> of the content's first character.</summary>
    public int Start { get; }

    /// <summary>Length of the content (and of <see cref="Span"/>).</summary>
    public int Length => Span.Length;

    /// <summary>Position of the segment in <see cref="Article.Segments"/>.</summary>
    public int Index { get; init; }

    /// <summary>The field name for <see cref="SegmentKind.FrontMatterField"/>; otherwise empty.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The content, read in place.</summary>
    public ReadOnlySpan<char> Text => Buffer.AsSpan(Start, Span.Length);

    /// <summary>The content as a string of its own (a copy unless the buffer is exactly the content).</summary>
    public string Content => Start == 0 && Buffer.Length == Span.Length ? Buffer : Buffer.Substring(Start, Span.Length);

    /// <summary>The content's character at <paramref name="index"/>.</summary>
    public char this[int index] => (uint)index < (uint)Span.Length ? Buffer[Start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// The first match of <paramref name="regex"/> in the content, as if the content were the whole input (anchors and
    /// word boundaries see only the content); <c>NextMatch</c> goes on within it. Indices are the buffer's: read them
    /// with <see cref="IndexOf"/> and <see cref="SpanOf"/>.
    /// </summary>
    public Match Match(Regex regex) => regex.Match(Buffer, Start, Span.Length);

    /// <summary>Index in the content of a capture from <see cref="Match(Regex)"/>.</summary>
    public int IndexOf(Capture capture) => capture.Index - Start;

    /// <summary>Where in the original text a capture from <see cref="Match(Regex)"/> lies.</summary>
    public TextSpan SpanOf(Capture capture) => new(Span.Start + capture.Index - Start, capture.Length);

    /// <summary>Offset in the original text of the content index <paramref name="index"/>.</summary>
    public int OffsetOf(int index) => Span.Start + index;

    /// <summary>The part of this segment over <paramref name="span"/> (indices of the content), read in the same buffer.</summary>
    public Segment Slice(TextSpan span) =>
        new(Kind, new TextSpan(Span.Start + span.Start, span.Length), Buffer, Start + span.Start) { Index = Index, Name = Name };

    /// <summary>This segment read from another buffer (the same text with something blanked), at the same index.</summary>
    internal Segment WithBuffer(string buffer, int start) => new(Kind, Span, buffer, start) { Index = Index, Name = Name };

    /// <summary>This segment at position <paramref name="index"/>.</summary>
    internal Segment WithIndex(int index) => new(Kind, Span, Buffer, Start) { Index = index, Name = Name };

    /// <summary>Index of the last character that is not white space, or -1 when the content is blank.</summary>
    public int LastContentIndex()
    {
        var text = Text;
        var i = text.Length - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i;
    }

    /// <summary>Index of the first character that is not white space, or -1 when the content is blank.</summary>
    public int FirstContentIndex()
    {
        var text = Text;
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i < text.Length ? i : -1;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Span}: {Content}";
}

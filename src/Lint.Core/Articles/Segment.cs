using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// One part of an article: its prose, and where each character of it lies in the original text. In plain text the
/// content is the text itself, character for character. In Markdown it is the prose a reader sees, written without
/// the markup (link targets, emphasis marks, tags, template code; code spans become one placeholder character and
/// entities their characters), so checks never meet a gap that markup left; a <see cref="TextMap"/> then takes each
/// index back to the source. Checks turn content indices into source spans only through <see cref="SourceSpan"/>
/// and the matches of <see cref="Matches(Pattern)"/>, so the two cases look the same to them.
/// </summary>
/// <remarks>
/// The content is read in place, never copied: it is <see cref="Length"/> characters of a buffer from an index in
/// it, and the buffer is the article's text itself (or, for Markdown, its prose written once), so a 50 MB article
/// holds its text once, not once more in its paragraphs. Checks read it as <see cref="Text"/>, by index, or with
/// <see cref="Matches(Pattern)"/>, all in content indices; <see cref="Content"/> makes a string of it.
/// </remarks>
public sealed class Segment
{
    /// <summary>A segment whose content is the whole of <paramref name="content"/> (its length is <paramref name="span"/>'s).</summary>
    public Segment(SegmentKind kind, TextSpan span, string content)
        : this(kind, span, content, 0)
    {
    }

    /// <summary>A segment whose content is <paramref name="span"/>'s length of <paramref name="buffer"/> from <paramref name="start"/>.</summary>
    internal Segment(SegmentKind kind, TextSpan span, string buffer, int start)
        : this(kind, span, buffer, start, span.Length, null, 0)
    {
    }

    /// <summary>
    /// A segment whose content is <paramref name="length"/> characters of <paramref name="buffer"/> from
    /// <paramref name="start"/>, the character at content index i lying where <paramref name="map"/> puts index
    /// <paramref name="mapStart"/> + i (with no map, at <paramref name="span"/>'s start + i).
    /// </summary>
    internal Segment(SegmentKind kind, TextSpan span, string buffer, int start, int length, TextMap? map, int mapStart)
    {
        Buffer = buffer ?? throw new ArgumentNullException(nameof(buffer));
        if (start < 0 || length < 0 || start > buffer.Length - length) throw new ArgumentOutOfRangeException(nameof(start));
        if (map is null && length != span.Length) throw new ArgumentOutOfRangeException(nameof(length));
        Kind = kind;
        Span = span;
        Start = start;
        Length = length;
        Map = map;
        MapStart = mapStart;
    }

    /// <summary>What the segment is.</summary>
    public SegmentKind Kind { get; }

    /// <summary>Where the segment is in the original text (with its markup, for Markdown).</summary>
    public TextSpan Span { get; }

    /// <summary>The string that holds the content, from <see cref="Start"/> (the model's own: checks read content indices).</summary>
    internal string Buffer { get; }

    /// <summary>Index in <see cref="Buffer"/> of the content's first character.</summary>
    internal int Start { get; }

    /// <summary>Length of the content (that of <see cref="Span"/> unless the content was written without markup).</summary>
    public int Length { get; }

    /// <summary>Where the content's characters lie in the source, when it is not the source itself; else null.</summary>
    internal TextMap? Map { get; }

    /// <summary>The index in <see cref="Map"/> of the content's first character.</summary>
    internal int MapStart { get; }

    /// <summary>Position of the segment in <see cref="Article.Segments"/>.</summary>
    public int Index { get; init; }

    /// <summary>The field name for <see cref="SegmentKind.FrontMatterField"/>; otherwise empty.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The content, read in place.</summary>
    public ReadOnlySpan<char> Text => Buffer.AsSpan(Start, Length);

    /// <summary>The content as a string of its own (a copy unless the buffer is exactly the content).</summary>
    public string Content => Start == 0 && Buffer.Length == Length ? Buffer : Buffer.Substring(Start, Length);

    /// <summary>The content's character at <paramref name="index"/>.</summary>
    public char this[int index] => (uint)index < (uint)Length ? Buffer[Start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// The matches of <paramref name="pattern"/> in the content, as if the content were the whole input (anchors and
    /// word boundaries see only the content): their indices are the content's, their spans the source's.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal SegmentMatches Matches(Pattern pattern) => new(this, pattern);

    /// <summary>
    /// Where in the original text the content from index <paramref name="start"/> to <paramref name="end"/> lies: from
    /// where the first character starts to where the last one ends. An empty range is an insertion point, before the
    /// character at <paramref name="start"/> (after any markup that precedes it), or at the segment's end.
    /// </summary>
    public TextSpan SourceSpan(int start, int end)
    {
        if (start < 0 || end < start || end > Length) throw new ArgumentOutOfRangeException(nameof(end));
        if (Map is null) return TextSpan.FromBounds(Span.Start + start, Span.Start + end);
        if (end == start) return new TextSpan(start < Length ? Map.SourceStart(MapStart + start) : Span.End, 0);
        return TextSpan.FromBounds(Map.SourceStart(MapStart + start), Map.SourceEnd(MapStart + end - 1));
    }

    /// <summary>The content index of the first character that starts at or after source offset <paramref name="offset"/>.</summary>
    public int IndexAt(int offset)
    {
        if (Map is null) return Math.Min(Math.Max(offset - Span.Start, 0), Length);
        return Math.Min(Math.Max(Map.IndexAt(offset) - MapStart, 0), Length);
    }

    /// <summary>The part of this segment over <paramref name="span"/> (indices of the content), read in the same buffer.</summary>
    public Segment Slice(TextSpan span) =>
        new(Kind, SourceSpan(span.Start, span.End), Buffer, Start + span.Start, span.Length, Map, MapStart + span.Start) { Index = Index, Name = Name };

    /// <summary>This segment read from another buffer (the same content with something blanked), at the same index.</summary>
    internal Segment WithBuffer(string buffer, int start) => new(Kind, Span, buffer, start, Length, Map, MapStart) { Index = Index, Name = Name };

    /// <summary>This segment as a <paramref name="kind"/> at position <paramref name="index"/>.</summary>
    internal Segment With(SegmentKind kind, int index) => new(kind, Span, Buffer, Start, Length, Map, MapStart) { Index = index, Name = Name };

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

namespace Lint.Text;

/// <summary>An immutable article text and the only place where offsets become lines and columns.</summary>
public sealed class SourceText
{
    private LineMap? _lines;

    /// <summary>Wraps <paramref name="text"/>; <paramref name="path"/> is what reports show (repository-relative where possible).</summary>
    public SourceText(string text, string path = "")
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Path = path ?? string.Empty;
    }

    /// <summary>The full text.</summary>
    public string Text { get; }

    /// <summary>The path reports show for this text.</summary>
    public string Path { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>The line map, built on first use.</summary>
    public LineMap Lines => _lines ??= LineMap.Create(Text);

    /// <summary>The characters under <paramref name="span"/>.</summary>
    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>1-based start and end of <paramref name="span"/>.</summary>
    public LinePositionSpan GetLineSpan(TextSpan span) =>
        new(Lines.GetPosition(span.Start), Lines.GetPosition(span.End));

    /// <summary>The text of the 1-based line <paramref name="line"/>, without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = Lines.GetLineStart(line - 1);
        return Text.Substring(start, Lines.GetLineEnd(line - 1, Text) - start);
    }
}

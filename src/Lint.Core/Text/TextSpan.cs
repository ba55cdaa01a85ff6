namespace Lint.Text;

/// <summary>A range of UTF-16 code units in the original text: <see cref="Start"/> and <see cref="Length"/>.</summary>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no text (an insertion point).</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Builds a span from its start and end offsets.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="offset"/> lies inside the span (end exclusive).</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <inheritdoc />
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}

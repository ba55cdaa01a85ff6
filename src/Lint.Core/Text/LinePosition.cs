namespace Lint.Text;

/// <summary>A 1-based line and 1-based column (UTF-16 code units), as compilers and SARIF report them.</summary>
public readonly record struct LinePosition(int Line, int Column) : IComparable<LinePosition>
{
    /// <inheritdoc />
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    /// <inheritdoc />
    public override string ToString() => $"{Line},{Column}";
}

namespace Lint.Evaluation.Tests.RealNews;

/// <summary>Where a verdict applies: a file of the corpus (family/name), a 1-based line and column, and a rule.</summary>
public readonly record struct VerdictKey(string File, int Line, int Column, string RuleId) : IComparable<VerdictKey>
{
    /// <inheritdoc />
    public int CompareTo(VerdictKey other)
    {
        var c = string.CompareOrdinal(File, other.File);
        if (c != 0) return c;
        c = Line.CompareTo(other.Line);
        if (c != 0) return c;
        c = Column.CompareTo(other.Column);
        return c != 0 ? c : string.CompareOrdinal(RuleId, other.RuleId);
    }

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column}) {RuleId}";
}

namespace Lint.Evaluation.Tests.RealNews;

/// <summary>A reader's verdict on one finding: right (<c>true</c>), wrong (<c>false</c>) or <c>debatable</c>, and why, in the reader's words.</summary>
public sealed record Verdict(VerdictKey Key, string Value, string Why)
{
    /// <summary>The verdicts a line may give.</summary>
    public static readonly IReadOnlyList<string> Values = ["true", "false", "debatable"];

    /// <summary>The finding is right: a copy editor would make the change.</summary>
    public bool IsTrue => Value == "true";

    /// <summary>The finding is wrong: a copy editor would reject it.</summary>
    public bool IsFalse => Value == "false";
}

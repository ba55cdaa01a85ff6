using Lint.Rules;

namespace Lint.Evaluation.Tests.RealNews;

/// <summary>
/// One finding of the built-in pack on an article of ../shared/corpus: where it is (the file relative to the corpus,
/// 1-based line and column), which rule, at what severity, and the flagged words with the text around them.
/// </summary>
public sealed record RealNewsFinding(string Family, string File, int Line, int Column, string RuleId, Severity Severity, string Message, string Context)
{
    /// <summary>The key a verdict is filed under.</summary>
    public VerdictKey Key => new(File, Line, Column, RuleId);

    /// <summary>Whether the finding reaches warning or error, the levels the precision targets are about.</summary>
    public bool IsWarningOrError => Severity >= Severity.Warning;
}

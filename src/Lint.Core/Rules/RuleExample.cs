using Lint.Articles;

namespace Lint.Rules;

/// <summary>
/// One example from a rule file. Flag examples mark the expected spans with <c>[|…|]</c>; <see cref="Fixed"/>,
/// when given, is the text after applying the rule's fixes.
/// </summary>
public sealed record RuleExample(string Text, bool ShouldFlag, ArticleFormat Format, int Line)
{
    /// <summary>The expected text after the fixes, if the example states it.</summary>
    public string? Fixed { get; init; }
}

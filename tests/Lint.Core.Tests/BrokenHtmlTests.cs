using Lint.Testing;

namespace Lint.Core.Tests;

/// <summary>Pages broken in the ways fuzzing found: every rule runs, and every finding lies within the page.</summary>
public sealed class BrokenHtmlTests
{
    [Theory]
    [InlineData("<!-->[<e-->‘W")] // seed amkL7qbBL0g1: an empty comment closed at once, then a tag the parser reads its own way
    public void A_broken_page_is_linted_without_a_check_failing(string page)
    {
        var findings = BuiltInRules.Lint(page, "broken.html");
        Assert.DoesNotContain(findings, d => d.RuleId == "ED0013");
        Assert.All(findings, d => Assert.True(d.Span.End <= page.Length, $"{d.RuleId} at {d.Span}"));
    }
}

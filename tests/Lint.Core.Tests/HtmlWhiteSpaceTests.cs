using Lint.Testing;

namespace Lint.Core.Tests;

/// <summary>HTML collapses runs of spaces, unless the text is styled to keep them (as Word documents are read).</summary>
public sealed class HtmlWhiteSpaceTests
{
    [Fact]
    public void Two_spaces_are_one_in_HTML_and_two_where_the_style_keeps_them()
    {
        const string collapsed = "<article><h1>Council Votes</h1>\n<p>The council met on Tuesday.  It voted on the plan.</p></article>";
        Assert.DoesNotContain(BuiltInRules.Lint(collapsed, "a.html"), d => d.RuleId == "ED2006");

        const string kept = "<article><h1>Council Votes</h1>\n<p style=\"white-space:pre-wrap\">The council met on Tuesday.  It voted on the plan.</p></article>";
        var finding = Assert.Single(BuiltInRules.Lint(kept, "a.html"), d => d.RuleId == "ED2006");
        Assert.Equal("  ", kept.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Equal((2, 60), (finding.Location.Start.Line, finding.Location.Start.Column));

        // pre-line keeps line breaks, not spaces.
        Assert.DoesNotContain(BuiltInRules.Lint(kept.Replace("pre-wrap", "pre-line", StringComparison.Ordinal), "a.html"), d => d.RuleId == "ED2006");
    }
}

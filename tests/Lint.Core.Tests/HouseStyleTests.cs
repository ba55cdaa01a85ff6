using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>
/// The built-in pack's style rules on article-shaped text: the style most of the body takes is the article's, and only
/// the slips from it are flagged; datelines are read with their region.
/// </summary>
public sealed class HouseStyleTests
{
    private static List<string> Found(string rule, string text) =>
        [.. BuiltInRules.Lint(text).Where(d => d.RuleId == rule).Select(d => text.Substring(d.Span.Start, d.Span.Length))];

    [Fact]
    public void Quote_style_flags_the_mark_fewer_take_whichever_came_first()
    {
        // The first mark is straight, but four of five quotation marks are curly: the straight one is the slip.
        const string text = "Council Votes\n\nThe plan, called \"Renew\" by its authors, passed. “We will rebuild,” the mayor said. “Soon.”\n";
        Assert.Equal(["\"", "\""], Found("ED2003", text));

        // Straight apostrophes with curly quotation marks is a style of its own.
        Assert.Empty(Found("ED2003", "Council Votes\n\n“We will rebuild,” the mayor's aide said. “It's time,” she said.\n"));
    }

    [Fact]
    public void A_single_mark_typed_twice_is_flagged_whatever_the_style()
    {
        const string text = "Council Votes\n\n“It was an attempt to mislead voters,’’ the chief executive said. “We agree,” the mayor said.\n";
        Assert.Equal(["’’"], Found("ED2003", text));

        // With no other mark to set the style, the doubled one is still a slip.
        Assert.Equal(["’’"], Found("ED2003", "Council Votes\n\nThe vote was close, officials said, and the visitors’’s gallery was full.\n"));
    }

    [Fact]
    public void US_and_U_S_take_the_form_the_body_uses_most_and_leave_quotations_alone()
    {
        const string text = "Talks Resume\n\nU.S. officials met on Monday. The U.S. envoy said the U.S. position held. The US team left.\n";
        Assert.Equal(["US"], Found("ED4001", text));

        // A speaker's own form inside quotation marks is the source's, not the article's.
        Assert.Empty(Found("ED4001", "Talks Resume\n\nU.S. officials met on Monday. “The US will stay,” the envoy said.\n"));
    }

    [Fact]
    public void Dash_spacing_follows_the_body_majority()
    {
        const string text = "Talks Resume\n\nThe bloc — unusually — stayed quiet. The allies — all of them — agreed. Trump—despite the tariff—held firm.\n";
        Assert.Equal(2, Found("ED2004", text).Count);
    }

    [Theory]
    [InlineData("SUFFIELD, Conn., March 30 - Suffield Financial Corp said it would pay a dividend.", 0)]
    [InlineData("SUFFIELD, Conn. (AP) — The town's council voted on Tuesday to repave Main Street.", 0)]
    [InlineData("KILLINGTON, Vt. (AP) — The ski resort opened for the season on Friday.", 0)]
    [InlineData("HAN YOUNIS, Gaza Strip (AP) — The children's ward is a row of white tents.", 1)]
    [InlineData("SPRINGFEILD, Ill. (AP) — The city council voted on Tuesday to build a flood barrier.", 1)]
    [InlineData("RYADH, Saudi Arabia (AP) — Ministers met on Wednesday to discuss tourism.", 1)]
    public void A_dateline_city_is_compared_only_with_the_cities_of_its_region(string lede, int findings)
    {
        Assert.Equal(findings, Found("ED1001", "Headline Of The Story\n\n" + lede + "\n").Count);
    }

    [Fact]
    public void A_text_map_takes_every_character_back_to_the_source()
    {
        // Source: "a &amp; b [c](u)": the prose "a & b c" keeps "a " and " b " verbatim, "&" for five characters, "c" inside the link.
        const string source = "a &amp; b [c](u)";
        var builder = new TextMapBuilder();
        builder.Append(source, 0, 2);
        builder.Replace("&", 2, 7);
        builder.Append(source, 7, 3);
        builder.Append(source, 11, 1);
        var (text, map) = builder.Build();
        Assert.Equal("a & b c", text);
        Assert.Equal((2, 7), (map.SourceStart(2), map.SourceEnd(2)));
        Assert.Equal((11, 12), (map.SourceStart(6), map.SourceEnd(6)));
        Assert.Equal(2, map.IndexAt(2));
        Assert.Equal(3, map.IndexAt(7));
        Assert.Equal(6, map.IndexAt(11));
        Assert.Equal(text.Length, map.IndexAt(source.Length));
    }
}

using Lint.Articles;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>
/// The layouts of real published copy that are not prose, and the Markdown a reader never sees: what the article
/// model makes of each, and that the rules then stay quiet. The texts are written for these tests in the shapes the
/// corpus of real news showed (../shared/corpus); none is copied from it.
/// </summary>
public sealed class PublishedLayoutTests
{
    private static Article Parse(string text, ArticleFormat format = ArticleFormat.PlainText) => ArticleParser.Parse(new SourceText(text), format);

    /// <summary>What the parser made of <paramref name="text"/>: a line per segment, its kind and its whole content.</summary>
    private static string Outline(string text, ArticleFormat format = ArticleFormat.PlainText) =>
        ArticleOutline.Render(Parse(text, format), new OutlineOptions { Width = 200 });

    /// <summary>The findings at warning or error level, each with the text it flags.</summary>
    private static IReadOnlyList<string> Findings(string text, string path = "story.txt") =>
        FindingText.Lines(new SourceText(text, path), BuiltInRules.Lint(text, path).Where(d => d.Severity >= Lint.Rules.Severity.Warning), context: 40);

    [Fact]
    public void Wire_earnings_tables_are_table_rows_and_their_notes_and_labels_too()
    {
        const string text = """
            HARBOR FOODS <HRBF> 2ND QTR NET

            PORTLAND, Ore., March 26 - Qtr ended Feb 28

            Shr profit 12 cts vs loss three cts

            Net profit 410,000 vs loss 96,000

            Revs 8,120,000 vs 7,450,000

            Six mths

            Shr 31 cts vs 18 cts

            Note - Per share figures restated for a stock split.

            Reuter
            """;
        // The dateline's place is PORTLAND; every row of figures and the note are table rows.
        Approvals.Verify(Outline(text));
        Assert.Empty(Findings(text));
    }

    [Fact]
    public void Columns_set_apart_by_spaces_are_a_table_and_their_repeats_are_not_doubled_words()
    {
        const string text = """
            GRAIN STOCKS BY COUNTRY

            WASHINGTON, April 9 - The department gave the following estimates of grain stocks in mln tonnes.

            WHEAT --     1986/87            1985/86

            Imports        NIL     NIL      NIL     NIL

            Exports       4.20    4.10     3.90    3.80

            Reuter
            """;
        Approvals.Verify(Outline(text));
        Assert.DoesNotContain(BuiltInRules.Lint(text), d => d.RuleId is "ED4003" or "ED2006" or "ED2002");
    }

    [Fact]
    public void Lines_run_together_are_a_list_when_paragraphs_are_set_apart_with_blank_lines()
    {
        const string text = """
            How to Plan a Garden

            A garden starts long before the first seed goes into the ground, and planning pays for itself.

            Once you know your plot, three things follow:

            You will know what grows in your shade
            Your watering will take half the time
            Your harvest will come in waves instead of all at once

            Start with the soil, which decides more than anything else what the garden can become.
            """;
        Approvals.Verify(Outline(text));
        Assert.Empty(Findings(text));
    }

    [Fact]
    public void A_short_line_that_heads_text_is_a_heading_but_at_the_end_it_is_a_paragraph_that_lost_its_period()
    {
        const string heading = """
            Storm Season Ahead

            Forecasters expect a busy storm season after a warm spring across the gulf coast.

            Why the water matters this year

            Warm water feeds storms, and the gulf is warmer now than in any spring on record.
            """;
        Approvals.Verify(Outline(heading));
        Assert.Empty(Findings(heading));

        const string last = """
            Storm Season Ahead

            Forecasters expect a busy storm season after a warm spring across the gulf coast.

            The county will open shelters next week
            """;
        Assert.Equal(["ED2002 \"The county will open shelters next ⟦week⟧\" Paragraph ends without terminal punctuation after \"week\""], Findings(last));
    }

    [Fact]
    public void Captions_with_credits_embedded_posts_pull_quotes_and_sources_are_not_paragraphs()
    {
        const string text = """
            Crowds Gather for the Lantern Festival

            Thousands gathered along the river on Saturday night for the lantern festival, organisers said.

            Lanterns drift past the old bridge on Saturday. Mira Sato/AFP/Getty Images

            A volunteer lights a lantern before the release Image: City of Riverton

            The river was full of lights by nine o'clock 🏮 pic.twitter.com/abc123

            — Riverton News (@rivertonnews) October 12, 2024

            “Every light is a wish for the year ahead” — Ana Lima

            Organisers said the festival would return next autumn.

            Sources

            “Lantern festival draws record crowd” — Riverton News, October 13, 2024
            """;
        Approvals.Verify(Outline(text));
        Assert.DoesNotContain(Findings(text), f => f.StartsWith("ED2002", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agency_sign_off_after_the_last_sentence_is_split_from_the_paragraph()
    {
        const string text = """
            CENTRAL BANK HOLDS RATES

            LONDON, March 5 - The central bank held its main rate at 4.5 pct on Thursday, as expected. REUTER
            """;
        // The paragraph ends at "as expected."; "REUTER" is boilerplate of its own, the last segment.
        Approvals.Verify(Outline(text));
        Assert.Empty(Findings(text));
    }

    [Theory]
    [InlineData("Is the City Ready for the Next Flood?")]
    [InlineData("Storms batter coast as the U.S. braces for more?")]
    [InlineData("CENTRAL BANK CONSIDERING RATE CUT - GOVERNOR")]
    [InlineData("HARBOUR REOPENS AFTER STORM IN U.K.")]
    public void Headlines_ending_in_a_question_an_abbreviation_or_a_wire_source_are_headlines(string headline)
    {
        var text = headline + "\n\nThe harbour reopened to fishing boats on Monday after a week of repairs to the sea wall.\n";
        var article = Parse(text);
        Assert.Equal(headline, Assert.Single(article.Segments, s => s.Kind == SegmentKind.Headline).Content);
        Assert.Empty(Findings(text));
    }

    [Fact]
    public void The_headline_printed_again_under_itself_is_residue_and_reported()
    {
        const string text = """
            Keep an Eye on the Sky: Meteor Shower Peaks Tonight

            Keep an eye on the sky: meteor shower peaks tonight

            Astronomers say the shower will be brightest after midnight, away from city lights.
            """;
        Approvals.Verify(Outline(text));
        Assert.Equal(
            ["ED5002 \"⟦Keep an eye on the sky: meteor shower peaks tonight⟧\" \"Keep an eye on the sky: meteor shower peaks tonight\" repeats the headline (line 1)"],
            Findings(text));
    }

    [Fact]
    public void Stanzas_run_together_after_a_colon_are_not_paragraphs_that_lost_their_stops()
    {
        const string text = """
            A Poet's Season

            The poet read the last stanza of his new piece at the ballpark gate, and the crowd went quiet:

            When the lights come up over the field you know You wait all year for this one night and the roar

            Hold on to the seats we shared in the rain Let the old songs carry you home

            He said the poem took him three seasons to finish.
            """;
        Approvals.Verify(Outline(text));
        Assert.DoesNotContain(Findings(text), f => f.StartsWith("ED2002", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_prose_has_no_gap_where_a_link_target_was()
    {
        const string text = """
            # Council Backs the Plan

            The council backed [the flood plan](https://example.gov/plan), which the mayor proposed in May.
            """;
        var article = Parse(text, ArticleFormat.Markdown);
        var paragraph = article.Segments.Single(s => s.Kind == SegmentKind.Paragraph);
        Assert.Contains("the flood plan, which", paragraph.Content, StringComparison.Ordinal);
        Assert.Empty(Findings(text, "story.md"));
    }

    [Fact]
    public void Markdown_entities_are_their_characters_and_findings_point_at_the_entity()
    {
        const string text = """
            # Mayor Speaks

            The mayor said &#8220;we will rebuild the harbour this year&#8221; and left the meeting.

            Officials said it was &#8220;the first step of many.
            """;
        var article = Parse(text, ArticleFormat.Markdown);
        Assert.Contains("“we will rebuild the harbour this year”", article.Segments.First(s => s.Kind == SegmentKind.Paragraph).Content, StringComparison.Ordinal);
        var finding = Assert.Single(BuiltInRules.Lint(text, "story.md"), d => d.RuleId == "ED2001");
        Assert.Equal("&#8220;", article.Source[finding.Span]);
        Assert.Equal("Quotation “the first step of many. is never closed", finding.Message);
    }

    [Fact]
    public void Template_code_and_broken_tags_in_Markdown_are_not_read_as_prose()
    {
        const string text = """
            ---
            title: "Team Launches New Site"
            ---

            {{< img src="launch.png" alt="The team at the launch, with a banner that says "we did it"" >}}

            Read the [launch notes]({{ "/notes/launch/" | url }}) and the {% link "faq.md" %} before you start.

            We were one of the winners of the <a href="https://example.org/prize>Open Data Prize</a> last year.

            The new design ships today {.lead}
            """;
        var article = Parse(text, ArticleFormat.Markdown);
        var prose = string.Join("\n", article.Segments.Where(s => s.Kind is SegmentKind.Paragraph or SegmentKind.Caption or SegmentKind.Subhead).Select(s => s.Content));
        Assert.DoesNotContain("{", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("we did it", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("href", prose, StringComparison.Ordinal);
        Assert.Contains("Read the launch notes and the " + TextShape.PlaceholderText + " before you start.", prose, StringComparison.Ordinal);
        Assert.DoesNotContain(BuiltInRules.Lint(text, "story.md"), d => d.RuleId is "ED2001" or "ED2003" or "ED2005");
    }

    [Fact]
    public void Markdown_front_matter_after_a_blank_line_is_still_front_matter()
    {
        const string text = "\n---\ntitle: Harbour Reopens\ndate: 2024-05-01\n---\n\nThe harbour reopened on Monday after a week of repairs to the sea wall.\n";
        var article = Parse(text, ArticleFormat.Markdown);
        Assert.Contains(article.Segments, s => s.Kind == SegmentKind.FrontMatterField && s.Name == "title" && s.Content == "Harbour Reopens");
        Assert.Empty(Findings(text, "story.md"));
    }

    [Fact]
    public void Markdown_spaces_and_soft_breaks_read_as_a_browser_shows_them()
    {
        const string text = "# Harbour Reopens\n\nThe harbour reopened on Monday.  The sea wall\nwas repaired in a week.\n";
        var paragraph = Parse(text, ArticleFormat.Markdown).Segments.Single(s => s.Kind == SegmentKind.Paragraph);
        Assert.Equal("The harbour reopened on Monday. The sea wall was repaired in a week.", paragraph.Content);
        Assert.DoesNotContain(BuiltInRules.Lint(text, "story.md"), d => d.RuleId == "ED2006");
    }

    [Fact]
    public void Markdown_lines_broken_by_hand_without_stops_are_a_list()
    {
        const string text = "# Five Steps\n\nA. Name the goal<br />\nB. Show the numbers<br />\nC. Ask for a decision\n\nThe steps work for any team.\n";
        Approvals.Verify(Outline(text, ArticleFormat.Markdown));
        Assert.Empty(Findings(text, "story.md"));
    }

    [Fact]
    public void A_finding_inside_escaped_text_points_at_its_own_characters()
    {
        const string text = "# Notes\n\nThe draft \\[in review\\] said the plan was ready... and it was.\n";
        var finding = Assert.Single(BuiltInRules.Lint(text, "story.md"), d => d.RuleId == "ED2007");
        Assert.Equal("...", new SourceText(text)[finding.Span]);
    }

    [Fact]
    public void A_rule_that_opens_a_Markdown_article_is_not_front_matter_without_fields()
    {
        const string text = "\n---\n\n# Harbour Reopens\n\nThe harbour reopened on Monday after a week of repairs.\n\n---\n\nShips returned on Tuesday.\n";
        Approvals.Verify(Outline(text, ArticleFormat.Markdown));
        Assert.Empty(Findings(text, "story.md"));
    }

    [Fact]
    public void Front_matter_with_CRLF_line_ends_has_its_values_without_quotes_or_CR()
    {
        const string text = "---\r\ntitle: \"Harbour Reopens\"\r\nauthor: Jane Doe\r\n---\r\n\r\nThe harbour reopened on Monday.\r\n";
        var article = Parse(text, ArticleFormat.Markdown);
        Assert.Contains(article.Segments, s => s.Kind == SegmentKind.FrontMatterField && s.Name == "title" && s.Content == "Harbour Reopens");
        Assert.Contains(article.Segments, s => s.Kind == SegmentKind.FrontMatterField && s.Name == "author" && s.Content == "Jane Doe");
    }

    [Fact]
    public void Escaped_text_still_hides_template_code_and_collapses_spaces()
    {
        const string text = "# Notes\n\nThe mayor said \\[draft\\] {{< ref \"x\" >}} it  would rebuild.\n";
        var paragraph = Parse(text, ArticleFormat.Markdown).Segments.Single(s => s.Kind == SegmentKind.Paragraph);
        Assert.Equal("The mayor said [draft] " + TextShape.PlaceholderText + " it would rebuild.", paragraph.Content);
        Assert.DoesNotContain(BuiltInRules.Lint(text, "story.md"), d => d.RuleId == "ED2006");
    }

    [Theory]
    [InlineData("story.txt")]
    [InlineData("story.md")]
    public void A_paragraph_ending_in_a_long_link_is_read_like_any_other(string path)
    {
        var text = "Harbour Reopens\n\nThe harbour reopened on Monday.\n\nThe full report is on the port's website at https://example.com/" + new string('a', 200) + "\n\nShips returned on Tuesday.\n";
        Assert.DoesNotContain(BuiltInRules.Lint(text, path), d => d.RuleId.StartsWith("ED0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_doubled_word_across_Markdown_emphasis_is_reported_without_a_fix_that_would_break_the_markup()
    {
        const string text = "# Notes\n\nThe **the** council met on Tuesday.\n";
        var finding = Assert.Single(BuiltInRules.Lint(text, "story.md"), d => d.RuleId == "ED4003");
        Assert.Empty(finding.Fixes);
    }
}

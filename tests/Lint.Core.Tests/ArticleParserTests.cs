using Lint.Articles;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

public sealed class ArticleParserTests
{
    private static Article Seed(string prefix)
    {
        var path = Directory.GetFiles(Path.Combine(Repository.Shared, "seeds"), prefix + "_*").Single();
        return ArticleParser.Parse(new SourceText(File.ReadAllText(path)), ArticleFormat.PlainText);
    }

    /// <summary>
    /// A seed's outline shows a few words of each segment, enough to tell them apart: the seeds' text stays in
    /// ../shared, not in the approvals.
    /// </summary>
    private static readonly OutlineOptions SeedOutline = new() { Width = 24, Quotations = false };

    /// <summary>
    /// Seed 000: headline, byline, the dateline of three cities and an agency, paragraphs under two subheads, the
    /// footer, and the link block after it (boilerplate to the end).
    /// </summary>
    [SharedFact]
    public void Seed_000_has_headline_byline_dateline_subheads_footer_and_link_block()
    {
        var article = Seed("000");
        Approvals.Verify(ArticleOutline.Render(article, SeedOutline));

        var dateline = Assert.IsType<Dateline>(article.Dateline);
        Assert.Equal(["RYADH", "ISTANBUL", "BUDAPEST"], dateline.Places.Select(p => article.Source[p]));
        Assert.Equal("Worthy News", article.Source[dateline.Agency!.Value]);
    }

    /// <summary>Seed 001 has no headline and no blank lines: the byline first, then a paragraph a line, subheads, the footer, a link block.</summary>
    [SharedFact]
    public void Seed_001_without_blank_lines_reads_one_paragraph_a_line()
    {
        var article = Seed("001");
        Assert.False(article.HasHeadline);
        Approvals.Verify(ArticleOutline.Render(article, SeedOutline));
    }

    /// <summary>Seed 003: a breadcrumb before the headline, the byline, the story, and scraped residue after it.</summary>
    [SharedFact]
    public void Seed_003_separates_breadcrumb_byline_and_scraped_residue()
    {
        Approvals.Verify(ArticleOutline.Render(Seed("003"), SeedOutline));
    }

    /// <summary>Seed 004: subheads in title case, and a bullet list between a paragraph and the next subhead.</summary>
    [SharedFact]
    public void Seed_004_has_title_case_subheads_and_a_bullet_list()
    {
        Approvals.Verify(ArticleOutline.Render(Seed("004"), SeedOutline));
    }

    [Fact]
    public void Markdown_reads_front_matter_headings_and_prose_without_its_markup()
    {
        const string text = """
            ---
            title: "Council Approves Budget"
            author: Jane Doe
            ---

            # Council Approves Budget

            SPRINGFIELD, Ill. (AP) — The council *approved* the [budget](https://example.com/a.pdf) with `code` in it.

            ## What Comes Next

            > “We will rebuild,” the mayor said.

            - First item without a period

            ```
            "an unclosed quote in code
            ```

            © 2026 The Associated Press
            """;
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.Markdown);

        // The outline shows each block's prose as a reader sees it (no emphasis marks, no link target, the code span
        // as one placeholder, \uFFFC) under the source it was read from; the front matter's fields by name; the
        // dateline's place; the code block not at all.
        Approvals.Verify(ArticleOutline.Render(article, new OutlineOptions { Width = 200, Source = true }));
        var title = article.Segments.First(s => s.Kind == SegmentKind.FrontMatterField);
        Assert.Equal("Council Approves Budget", article.Source[title.Span]);
        var paragraph = article.Segments.Single(s => s.Kind == SegmentKind.Paragraph);

        // Every character maps back to the source: a word, the link text, the placeholder (the whole code span).
        var content = paragraph.Content;
        Assert.Equal("approved", article.Source[paragraph.SourceSpan(content.IndexOf("approved", StringComparison.Ordinal), content.IndexOf("approved", StringComparison.Ordinal) + 8)]);
        Assert.Equal("budget", article.Source[paragraph.SourceSpan(content.IndexOf("budget", StringComparison.Ordinal), content.IndexOf("budget", StringComparison.Ordinal) + 6)]);
        var code = content.IndexOf('\uFFFC');
        Assert.Equal("`code`", article.Source[paragraph.SourceSpan(code, code + 1)]);
        Assert.Equal(code, paragraph.IndexAt(paragraph.SourceSpan(code, code + 1).Start));

        // Every block is read from one text of the article's prose.
        var buffers = article.Segments.Where(s => s.Kind != SegmentKind.FrontMatter).Select(s => (object)s.Buffer).Distinct(ReferenceEqualityComparer.Instance).ToList();
        Assert.Single(buffers);
        Assert.Equal("Council Approves Budget", title.Content);
    }

    [SharedFact]
    public void Plain_text_segments_read_the_text_in_place_and_only_comments_make_a_copy()
    {
        var article = Seed("000");
        Assert.All(article.Segments, s =>
        {
            Assert.Same(article.Source.Text, s.Buffer);
            Assert.Equal(s.Span.Start, s.Start);
            Assert.Equal(article.Source[s.Span], s.Content);
        });

        var commented = ArticleParser.Parse(new SourceText("Council Approves Budget\n\nThe council <!-- check this --> approved it on Tuesday.\n"), ArticleFormat.PlainText);
        var paragraph = commented.Segments.Single(s => s.Kind == SegmentKind.Paragraph);
        Assert.NotSame(commented.Source.Text, paragraph.Buffer);
        Assert.Equal("The council " + new string(' ', "<!-- check this -->".Length) + " approved it on Tuesday.", paragraph.Content);
        Assert.Equal(commented.Source.Text.Length, paragraph.Buffer.Length);
    }

    [Fact]
    public void A_segment_matches_as_if_its_content_were_the_whole_input()
    {
        var text = "Headline Here\n\nBudget cuts hit schools. Budget talks resume.\n";
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText);
        var paragraph = article.Segments.Single(s => s.Kind == SegmentKind.Paragraph);

        // "^" is the paragraph's start, not the text's; indices are the content's, spans the source's.
        var anchored = MatchesOf(paragraph, "^Budget");
        var only = Assert.Single(anchored);
        Assert.Equal(0, only.Index);
        Assert.Equal(new TextSpan(text.IndexOf("Budget cuts", StringComparison.Ordinal), 6), only.Span);
        Assert.Empty(MatchesOf(paragraph, "^Headline"));

        var all = MatchesOf(paragraph, @"\bBudget\b").Select(m => m.Index);
        Assert.Equal([0, 25], all);

        var slice = paragraph.Slice(new TextSpan(25, 12));
        Assert.Equal("Budget talks", slice.Content);
        Assert.Equal(paragraph.Index, slice.Index);
        Assert.Same(paragraph.Buffer, slice.Buffer);
        Assert.Equal('B', slice[0]);
    }

    private static List<SegmentMatch> MatchesOf(Segment segment, string expression)
    {
        var found = new List<SegmentMatch>();
        foreach (var match in segment.Matches(Lint.Text.Pattern.From(new System.Text.RegularExpressions.Regex(expression)))) found.Add(match);
        return found;
    }

    [Fact]
    public void Hard_wrapped_copy_is_joined_into_paragraphs_and_a_heading_stands_alone()
    {
        var text = string.Join("\n",
            "Council Approves Budget After Long Debate",
            "",
            "By Jane Doe",
            "",
            "SPRINGFIELD (AP) — The city council approved a budget of $2.1 million on",
            "Tuesday after a debate that ran past midnight and left several members",
            "frustrated with the process that led to the vote.",
            "",
            "The mayor said the plan would fund road repairs and two new libraries, and",
            "that the city would review its spending again in the spring when the new",
            "figures arrive from the state.",
            "",
            "What Comes Next",
            "",
            "Residents can comment on the plan at a hearing next month, the clerk said,",
            "and the council will publish the full document online by Friday so that",
            "everyone has time to read it before the meeting.",
            "");
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText);

        // Three paragraphs, each joined over its lines (the breaks kept in the content) and ending in its period;
        // "What Comes Next" a subhead between them.
        Approvals.Verify(ArticleOutline.Render(article, new OutlineOptions { Width = 300 }));
    }
}

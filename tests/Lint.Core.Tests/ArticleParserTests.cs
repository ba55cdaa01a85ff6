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

    private static SegmentKind? KindAtLine(Article article, int line) =>
        article.Segments.Where(s => s.Kind != SegmentKind.Dateline)
            .FirstOrDefault(s => article.Source.Lines.GetPosition(s.Span.Start).Line == line)?.Kind;

    [Fact]
    public void Seed_000_has_headline_byline_dateline_subheads_footer_and_link_block()
    {
        var article = Seed("000");
        Assert.Equal(SegmentKind.Headline, KindAtLine(article, 1));
        Assert.Equal(SegmentKind.Byline, KindAtLine(article, 3));
        Assert.Equal(SegmentKind.Paragraph, KindAtLine(article, 5));
        Assert.Equal(SegmentKind.Subhead, KindAtLine(article, 19));
        Assert.Equal(SegmentKind.Subhead, KindAtLine(article, 35));
        Assert.Equal(SegmentKind.Paragraph, KindAtLine(article, 37));
        Assert.Equal(SegmentKind.Footer, KindAtLine(article, 51));
        Assert.Equal(SegmentKind.Boilerplate, KindAtLine(article, 53));
        Assert.Equal(SegmentKind.Boilerplate, KindAtLine(article, 57));
        Assert.Equal(SegmentKind.Boilerplate, KindAtLine(article, 95));

        var dateline = Assert.IsType<Dateline>(article.Dateline);
        Assert.Equal(["RYADH", "ISTANBUL", "BUDAPEST"], dateline.Places.Select(p => article.Source[p]));
        Assert.Equal("Worthy News", article.Source[dateline.Agency!.Value]);
    }

    [Fact]
    public void Seed_001_without_blank_lines_reads_one_paragraph_a_line()
    {
        var article = Seed("001");
        Assert.False(article.HasHeadline);
        Assert.Equal(SegmentKind.Byline, KindAtLine(article, 2));
        Assert.Equal(SegmentKind.Paragraph, KindAtLine(article, 3));
        Assert.Equal(SegmentKind.Paragraph, KindAtLine(article, 4));
        Assert.Equal(SegmentKind.Subhead, KindAtLine(article, 10));
        Assert.Equal(SegmentKind.Paragraph, KindAtLine(article, 19));
        Assert.Equal(SegmentKind.Footer, KindAtLine(article, 26));
        Assert.Equal(SegmentKind.Boilerplate, KindAtLine(article, 28));
    }

    [Fact]
    public void Seed_003_separates_breadcrumb_byline_and_scraped_residue()
    {
        var article = Seed("003");
        Assert.Equal(SegmentKind.Boilerplate, KindAtLine(article, 1));
        Assert.Equal(SegmentKind.Headline, KindAtLine(article, 3));
        Assert.Equal(SegmentKind.Byline, KindAtLine(article, 5));
        Assert.Equal(SegmentKind.Paragraph, KindAtLine(article, 7));
        Assert.Equal(SegmentKind.Boilerplate, KindAtLine(article, 45));
        Assert.Equal(SegmentKind.Boilerplate, KindAtLine(article, 47));
    }

    [Fact]
    public void Seed_004_has_title_case_subheads_and_a_bullet_list()
    {
        var article = Seed("004");
        Assert.Equal(SegmentKind.Subhead, KindAtLine(article, 9));
        Assert.Equal(SegmentKind.Subhead, KindAtLine(article, 19));
        Assert.Equal(SegmentKind.Paragraph, KindAtLine(article, 33));
        Assert.Equal(SegmentKind.ListItem, KindAtLine(article, 35));
        Assert.Equal(SegmentKind.ListItem, KindAtLine(article, 37));
        Assert.Equal(SegmentKind.Subhead, KindAtLine(article, 39));
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
        var kinds = article.Segments.Select(s => s.Kind).ToList();
        Assert.Equal(
            [SegmentKind.FrontMatter, SegmentKind.FrontMatterField, SegmentKind.FrontMatterField, SegmentKind.Headline,
             SegmentKind.Dateline, SegmentKind.Paragraph, SegmentKind.Subhead, SegmentKind.Blockquote, SegmentKind.ListItem, SegmentKind.Footer],
            kinds);
        var title = article.Segments.First(s => s.Kind == SegmentKind.FrontMatterField);
        Assert.Equal("title", title.Name);
        Assert.Equal("Council Approves Budget", article.Source[title.Span]);

        // The prose as a reader sees it: no emphasis marks, no link target, the code span as one placeholder.
        var paragraph = article.Segments.Single(s => s.Kind == SegmentKind.Paragraph);
        Assert.Equal("SPRINGFIELD, Ill. (AP) — The council approved the budget with \uFFFC in it.", paragraph.Content);
        Assert.Equal("SPRINGFIELD", article.Source[article.Dateline!.Places[0]]);

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

    [Fact]
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

        // "^" is the paragraph's start, not the text's; indices are the buffer's until read through the segment.
        var anchored = paragraph.Match(new System.Text.RegularExpressions.Regex("^Budget"));
        Assert.True(anchored.Success);
        Assert.Equal(0, paragraph.IndexOf(anchored));
        Assert.Equal(new TextSpan(text.IndexOf("Budget cuts", StringComparison.Ordinal), 6), paragraph.SpanOf(anchored));
        Assert.False(anchored.NextMatch().Success);
        Assert.False(paragraph.Match(new System.Text.RegularExpressions.Regex("^Headline")).Success);

        var all = new List<int>();
        for (var m = paragraph.Match(new System.Text.RegularExpressions.Regex(@"\bBudget\b")); m.Success; m = m.NextMatch()) all.Add(paragraph.IndexOf(m));
        Assert.Equal([0, 25], all);

        var slice = paragraph.Slice(new TextSpan(25, 12));
        Assert.Equal("Budget talks", slice.Content);
        Assert.Equal(paragraph.Index, slice.Index);
        Assert.Same(paragraph.Buffer, slice.Buffer);
        Assert.Equal('B', slice[0]);
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
        var paragraphs = article.Segments.Where(s => s.Kind == SegmentKind.Paragraph).ToList();
        Assert.Equal(3, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.EndsWith(".", p.Content, StringComparison.Ordinal));
        Assert.StartsWith("SPRINGFIELD", paragraphs[0].Content, StringComparison.Ordinal);
        Assert.Contains("on\nTuesday", paragraphs[0].Content, StringComparison.Ordinal);
        Assert.Equal(SegmentKind.Subhead, KindAtLine(article, 13));
        Assert.Equal(SegmentKind.Headline, KindAtLine(article, 1));
        Assert.Equal(SegmentKind.Byline, KindAtLine(article, 3));
    }
}

using Lint.Articles;
using Lint.Rules;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>
/// The HTML reader: an article as a CMS renders it and a whole saved page read into the same model as text and
/// Markdown, chrome never read, and every character of the prose mapped back to the HTML source (an entity to its
/// whole span), so that locations and fixes land on the words in the file.
/// </summary>
public sealed class HtmlReaderTests
{
    private const string Post = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Council Approves Flood Barrier | The Gazette</title>
        <style>.x { content: "no stop here" }</style>
        <script>if (a < b && c) { say("the the"); }</script>
        </head>
        <body>
        <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
        <div class="cookie-consent"><p>We use cookies</p><button>OK</button></div>
        <article>
        <h1>Council Approves Flood&nbsp;Barrier</h1>
        <p class="standfirst">The vote ends a decade of argument</p>
        <p class="byline">By Jane Q. Doe</p>
        <p>SPRINGFIELD, Ill. (AP) &mdash; The city council voted 7-2 on Tuesday to build a barrier along the river at a cost of $12&nbsp;million.</p>
        <figure><img src="barrier.jpg" alt=""><figcaption>The river in March. <span class="credit">(AP Photo/John Roe)</span></figcaption></figure>
        <p>&ldquo;We have waited long enough,&rdquo; Mayor Ann Lee said. &ldquo;This protects 4,000 homes &amp; businesses.&rdquo;</p>
        <blockquote><p>&ldquo;The river rose faster than anyone expected.</p><p>&ldquo;We lost everything in an hour.&rdquo;</p></blockquote>
        <h2>What comes next</h2>
        <ul><li>Bids open in May</li><li>Work starts in the autumn</li></ul>
        <table><tr><th>Ward</th><th>Yes</th><th>No</th></tr><tr><td>North</td><td>3</td><td>1</td></tr></table>
        <p>Work is expected to take two years<br>
        and to employ 200 people</p>
        <!-- <p>An old draft without a stop</p> -->
        <aside class="related"><h3>Related</h3><p><a href="/a">Another story</a></p></aside>
        <iframe src="https://video.example/embed/1"></iframe>
        <form><label>Email</label><input type="email"></form>
        </article>
        <footer><p>Contact the newsroom</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void A_post_reads_as_the_article_model_and_chrome_is_never_read()
    {
        var article = ArticleParser.Parse(new SourceText(Post, "post.html"), ArticleFormat.Html);

        // Headline, deck and byline from their elements; the dateline in the first paragraph; the caption with its
        // credit; a quotation of two paragraphs; a subhead, list items and table rows; a line break kept. No menu,
        // cookie banner, script, style, comment, aside, embed, form or footer.
        Approvals.Verify(ArticleOutline.Render(article, new OutlineOptions { Width = 200 }));
        Assert.Equal(ArticleFormat.Html, article.Format);
        Assert.NotNull(article.Dateline);
        Assert.Equal("SPRINGFIELD", article.Source[article.Dateline!.Places[0]]);
    }

    [Fact]
    public void Every_character_maps_back_to_the_html_source_and_an_entity_to_its_whole_span()
    {
        var source = new SourceText(Post, "post.html");
        var article = ArticleParser.Parse(source, ArticleFormat.Html);
        var quote = article.Segments.First(s => s.Content.StartsWith("“We have", StringComparison.Ordinal));

        Assert.Equal("&ldquo;", source[quote.SourceSpan(0, 1)]);
        var amp = quote.Content.IndexOf('&', StringComparison.Ordinal);
        Assert.Equal("&amp;", source[quote.SourceSpan(amp, amp + 1)]);
        var homes = quote.Content.IndexOf("homes", StringComparison.Ordinal);
        Assert.Equal("homes", source[quote.SourceSpan(homes, homes + 5)]);

        // A run of white space in the source is one space in the prose, over the whole run; a break tag a line break.
        var work = article.Segments.First(s => s.Content.StartsWith("Work is", StringComparison.Ordinal));
        Assert.Equal("Work is expected to take two years\nand to employ 200 people", work.Content);
        Assert.Equal("<br>\n", source[work.SourceSpan(work.Content.IndexOf('\n', StringComparison.Ordinal), work.Content.IndexOf('\n', StringComparison.Ordinal) + 1)] + "\n");
    }

    [Fact]
    public void Findings_point_at_the_words_in_the_html_and_their_fixes_edit_the_file()
    {
        var findings = BuiltInRules.Lint(Post, "post.html");
        var stop = Assert.Single(findings, d => d.RuleId == "ED2002");
        Assert.Equal("people", Post.Substring(stop.Span.Start, stop.Span.Length));
        var line = Post.Split('\n').TakeWhile((_, i) => i < stop.Location.Start.Line - 1).Sum(l => l.Length + 1);
        Assert.Equal("people", Post.Substring(line + stop.Location.Start.Column - 1, 6));

        var fixedHtml = stop.Fixes[0].ApplyTo(Post);
        Assert.Contains("and to employ 200 people.</p>", fixedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(BuiltInRules.Lint(fixedHtml, "post.html"), d => d.RuleId == "ED2002");

        // Nothing in the chrome is read: no doubled word from the script, no stop missing in the menu or the aside.
        Assert.DoesNotContain(findings, d => d.RuleId == "ED4003");
        Assert.All(findings, d => Assert.True(d.Span.Start > Post.IndexOf("<article>", StringComparison.Ordinal) && d.Span.End < Post.IndexOf("<aside", StringComparison.Ordinal), d.ToString()));
    }

    [Fact]
    public void A_saved_page_is_read_from_its_headline_in_the_densest_block_of_paragraphs()
    {
        var page = """
            <html><head><meta property="og:title" content="Port Reopens After Storm - Harbour News"></head>
            <body>
            <header class="site-header"><h1 class="logo">Harbour News</h1><p>Your local paper since 1901</p></header>
            <div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/local">Local</a></div>
            <main>
            <div class="story-top"><h2 class="story-title">Port Reopens After Storm</h2></div>
            <div class="teaser"><p>Read our other coverage of the storm and its aftermath here</p></div>
            <div class="story-body">
            <p>The port reopened on Monday after a storm closed it for three days, the harbour master said.</p>
            <p>Ships queued outside the breakwater overnight, and the first ferry docked at dawn.</p>
            <div class="ad-slot"><p>Advertisement without a stop</p></div>
            <p>Repairs to the north quay will take until the end of the month.</p>
            </div>
            <div class="newsletter-signup"><p>Sign up for our morning briefing</p></div>
            </main>
            <div id="cookie-banner"><p>This site uses cookies</p></div>
            </body></html>
            """;
        var article = ArticleParser.Parse(new SourceText(page, "page.html"), ArticleFormat.Html);
        var kinds = article.Segments.Select(s => $"{s.Kind}: {s.Content}").ToList();
        Assert.Equal(
        [
            "Headline: Port Reopens After Storm",
            "Paragraph: The port reopened on Monday after a storm closed it for three days, the harbour master said.",
            "Paragraph: Ships queued outside the breakwater overnight, and the first ferry docked at dawn.",
            "Paragraph: Repairs to the north quay will take until the end of the month.",
        ], kinds);
        Assert.DoesNotContain(BuiltInRules.Lint(page, "page.html"), d => d.Severity >= Severity.Warning);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<p>")]
    [InlineData("<html><body></body></html>")]
    [InlineData("plain words with no markup and no stop")]
    [InlineData("<p>a &amp b &#xZZ; c &unknown; d</p>")]
    [InlineData("<table><p>moved out of the table</p><tr><td>cell</td></tr></table>")]
    [InlineData("<b><i>mis</b>nested</i> text")]
    public void Broken_or_empty_html_is_read_without_throwing_and_maps_into_the_source(string html)
    {
        var article = ArticleParser.Parse(new SourceText(html, "x.html"), ArticleFormat.Html);
        foreach (var segment in article.Segments)
        {
            var span = segment.SourceSpan(0, segment.Length);
            Assert.InRange(span.Start, 0, html.Length);
            Assert.InRange(span.End, span.Start, html.Length);
        }

        Assert.NotNull(BuiltInRules.Lint(html, "x.html"));
    }

    [Fact]
    public void Deep_nesting_is_read_without_exhausting_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 20000)) + "<p>Deep inside</p>" + string.Concat(Enumerable.Repeat("</div>", 20000));
        var article = ArticleParser.Parse(new SourceText(html, "deep.html"), ArticleFormat.Html);
        Assert.Contains(article.Segments, s => s.Content == "Deep inside");
    }
}

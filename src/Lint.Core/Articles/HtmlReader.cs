using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// Reads an HTML article (a CMS's rendering of one post, or a whole saved web page) with AngleSharp into blocks, as the
/// Markdown reader does: each block's content is its prose as a browser shows it (tags left out, entities decoded, runs
/// of white space one space, a line break tag a line break), written once for the whole article, and a
/// <see cref="TextMap"/> takes every character back to where it is in the HTML source, an entity to its whole span.
/// </summary>
/// <remarks>
/// Only the article is read: the element that holds it is found the way readability tools find it (see
/// <see cref="HtmlArticleRoot"/>), and inside it scripts, styles, navigation, forms, asides, embeds and page chrome
/// named by class (share buttons, related links, cookie banners) are skipped. The headline is the first <c>h1</c>,
/// else <c>og:title</c>, else <c>title</c>.
/// </remarks>
internal static class HtmlReader
{
    private static readonly HtmlParserOptions Options = new()
    {
        IsKeepingSourceReferences = true,
        SkipComments = true,
    };

    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>The blocks of the article in <paramref name="source"/>; <paramref name="hasTitle"/> tells whether a headline was found.</summary>
    public static List<RawBlock> Read(SourceText source, out bool hasTitle)
    {
        var text = source.Text;
        // A parser holds its browsing context, which is worth keeping between articles; each thread keeps its own.
        var parser = _parser ??= new HtmlParser(Options);
        var document = parser.ParseDocument(text);
        var root = HtmlArticleRoot.Find(document);
        var og = HtmlArticleRoot.TitleAttribute(document);
        var title = document.Head?.QuerySelector("title");
        var headline = HtmlArticleRoot.Headline(document, root, og?.Value ?? title?.TextContent);
        var writer = new HtmlBlockWriter(text, new TextMapBuilder(Math.Min(text.Length, 4096))) { Headline = headline };
        hasTitle = false;
        if (headline is not null)
        {
            // The article starts at its headline: what its element holds before it is the page's.
            hasTitle = true;
            if (root is not null && root.Contains(headline))
            {
                writer.Walk(root, headline);
            }
            else
            {
                writer.Walk(headline, headline);
                if (root is not null) writer.Walk(root, null);
            }

            return writer.Finish();
        }

        if (og is { } meta && meta.Value.Length > 0) hasTitle = writer.WriteTitle(meta.Value, meta.Element, inAttribute: true);
        else if (title is not null) hasTitle = writer.WriteTitle(title.TextContent, title, inAttribute: false);
        if (root is not null) writer.Walk(root, null);
        return writer.Finish();
    }
}

using Lint.Text;

namespace Lint.Articles;

/// <summary>Builds the <see cref="Article"/> model from plain text, Markdown or HTML, once per file.</summary>
public static class ArticleParser
{
    /// <summary>Guesses the format from a file name: .md, .markdown and .mdx are Markdown, .html and .htm HTML, anything else plain text.</summary>
    public static ArticleFormat FormatFromPath(string path)
    {
        var extension = System.IO.Path.GetExtension(path ?? string.Empty);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
            return ArticleFormat.Html;
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".mdx", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Markdown
            : ArticleFormat.PlainText;
    }

    /// <summary>Parses a whole article.</summary>
    public static Article Parse(SourceText source, ArticleFormat format) => Parse(source, format, fragment: false);

    /// <summary>
    /// Parses an article, or with <paramref name="fragment"/> a passage of body text with no header (a rule
    /// example such as <c>The mayor said, “We will rebuild.</c> is a paragraph, not a headline).
    /// </summary>
    public static Article Parse(SourceText source, ArticleFormat format, bool fragment)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        var headlineKnown = false;
        IEnumerable<RawBlock> blocks;
        int most;
        if (format == ArticleFormat.Markdown)
        {
            var list = MarkdownReader.Read(source, out headlineKnown);
            (blocks, most) = (list, list.Count);
        }
        else if (format == ArticleFormat.Html)
        {
            var list = HtmlReader.Read(source, out headlineKnown);
            (blocks, most) = (list, list.Count);
        }
        else
        {
            blocks = PlainTextReader.Read(source, out most);
        }

        var segments = BlockClassifier.Classify(blocks, most, headlineKnown, fragment, out var dateline);
        return new Article(source, format, segments, dateline);
    }
}

using System.Net;
using System.Text;
using Lint.Articles;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Testing;

/// <summary>
/// Writes a plain-text article as a CMS would publish it in HTML, to prove that the format changes nothing: the headline
/// as <c>h1</c>, subheads as <c>h2</c>, paragraphs as <c>p</c>, list items in a list, quotations in <c>blockquote</c>,
/// captions as <c>figcaption</c>, table rows in a table; &amp;, &lt; and &gt; escaped, typographic marks and dashes written
/// as entities (so that entity spans are exercised), and page chrome around the article that must never be read
/// (navigation, a script, a style sheet, a cookie banner, related links, a footer).
/// </summary>
public static class HtmlRendering
{
    /// <summary>The HTML page for the plain-text article <paramref name="text"/>, read with the plain-text reader.</summary>
    public static string FromPlainText(string text)
    {
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText);
        var html = new StringBuilder();
        var headline = article.Segments.FirstOrDefault(s => s.Kind == SegmentKind.Headline);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        if (headline is not null) html.Append("<title>").Append(Escape(headline.Content.Trim())).Append(" | Newsroom</title>\n");
        html
            .Append("<style>p { margin: 0 } /* \"quoted\" -- not prose */</style>\n")
            .Append("<script>var headline = \"no stop here\"; if (a < b && c) { go(\"the the\"); }</script>\n</head>\n<body>\n")
            .Append("<nav class=\"site-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news</a></li></ul></nav>\n")
            .Append("<div class=\"cookie-banner\"><p>We use cookies to improve your experience</p><button>Accept</button></div>\n")
            .Append("<!-- <p>A commented-out paragraph without a stop</p> -->\n<article>\n");
        string? open = null;
        foreach (var segment in article.Segments)
        {
            if (segment.Kind == SegmentKind.Dateline) continue;
            var container = segment.Kind switch
            {
                SegmentKind.ListItem => "ul",
                SegmentKind.Table => "table",
                SegmentKind.Blockquote => "blockquote",
                _ => null,
            };
            if (container != open)
            {
                if (open is not null) html.Append("</").Append(open).Append(">\n");
                if (container is not null) html.Append('<').Append(container).Append(">\n");
                open = container;
            }

            var content = Escape(segment.Content.Trim());
            html.Append(segment.Kind switch
            {
                SegmentKind.Headline => $"<h1>{content}</h1>",
                SegmentKind.Subhead => $"<h2>{content}</h2>",
                SegmentKind.ListItem => $"<li>{content}</li>",
                SegmentKind.Table => $"<tr><td>{content}</td></tr>",
                SegmentKind.Caption => $"<figure><img src=\"photo.jpg\" alt=\"\"><figcaption>{content}</figcaption></figure>",
                SegmentKind.Blockquote => $"<p>{content}</p>",
                _ => $"<p>{content}</p>",
            }).Append('\n');
        }

        if (open is not null) html.Append("</").Append(open).Append(">\n");
        html.Append("</article>\n<aside class=\"related\"><h3>Related</h3><p><a href=\"/a\">Another story without a stop</a></p></aside>\n")
            .Append("<footer><p>Contact us</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// What a finding says, with the text it flags as a reader sees it (entities decoded, line ends and runs of spaces
    /// as one space, tags left out) and any line number in its message left out: the same for a finding on the text
    /// and on its HTML.
    /// </summary>
    public static string Describe(LintDiagnostic finding, string source)
    {
        var flagged = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(source.Substring(finding.Span.Start, finding.Span.Length), "<[^>]*>", " "));
        flagged = string.Join(" ", flagged.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

        // A message that names the line of an earlier paragraph names a line of its own source.
        var message = System.Text.RegularExpressions.Regex.Replace(finding.Message, @"\(line \d+\)", "(line …)");
        return $"{finding.RuleId} {finding.Severity.ToName()}: {message} [{flagged}]";
    }

    /// <summary>Escapes &amp;, &lt; and &gt;, and writes typographic marks and dashes as named and numeric entities.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '“' => "&ldquo;",
                '”' => "&rdquo;",
                '’' => "&#8217;",
                '—' => "&mdash;",
                '\n' => "<br>\n",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}

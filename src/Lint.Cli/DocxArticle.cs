using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Reporting;
using Lint.Text;

namespace Lint.Cli;

/// <summary>
/// A Word document (.docx) read as an article, with DocumentFormat.OpenXml: the body's paragraphs in order, tables'
/// cells included, each with what its style says it is (Title, Heading, List Paragraph or a numbered paragraph,
/// Quote, Caption, Subtitle). Tracked changes are read as accepted (insertions in, deletions out); comments,
/// footnotes, headers, footers and text boxes are not article text. The paragraphs become an HTML page with one
/// paragraph a line, which the HTML reader turns into the article model; a finding is then told by paragraph and
/// character: its line is the paragraph's number (every paragraph of the body counted, empty ones and table cells
/// too) and its column the character within it.
/// </summary>
public sealed class DocxArticle
{
    private readonly int[] _lineStarts;
    private readonly int[] _prefixes;
    private readonly int[] _textStarts;

    private DocxArticle(IReadOnlyList<DocxParagraph> paragraphs)
    {
        Paragraphs = paragraphs;
        // The whole body is the article: nothing around it is page chrome to be skipped.
        var html = new StringBuilder("<!DOCTYPE html><html><body><article>\n");
        var text = new StringBuilder();
        _lineStarts = new int[paragraphs.Count];
        _prefixes = new int[paragraphs.Count];
        _textStarts = new int[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (open, close) = Tags(paragraphs, i);
            _lineStarts[i] = html.Length;
            html.Append(open);
            _prefixes[i] = open.Length;
            foreach (var c in paragraphs[i].Text)
            {
                html.Append(c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    _ => c.ToString(),
                });
            }

            html.Append(close).Append('\n');
            _textStarts[i] = text.Length;
            text.Append(paragraphs[i].Text).Append('\n');
        }

        Html = html.Append("</article></body></html>\n").ToString();
        Text = text.ToString();
    }

    /// <summary>The body's paragraphs, in order.</summary>
    public IReadOnlyList<DocxParagraph> Paragraphs { get; }

    /// <summary>The page the article model is read from: one paragraph a line, after a first line of its own.</summary>
    public string Html { get; }

    /// <summary>The paragraphs' text, one a line: what findings are shown in (line N is paragraph N).</summary>
    public string Text { get; }

    /// <summary>The most characters a part of the document may hold: 64 million, far past any article.</summary>
    private const long MaxCharacters = 64_000_000;

    /// <summary>Whether <paramref name="path"/> names a Word document.</summary>
    public static bool IsDocx(string path) => path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Lints the Word document at <paramref name="path"/> (or <paramref name="input"/>, standard input), shown as
    /// <paramref name="display"/>: the report by paragraph, or none with the reason among <paramref name="notifications"/>.
    /// </summary>
    public static FileReport Lint(string path, Stream? input, string display, Linter linter, LintConfiguration configuration, List<FileDiagnostic> notifications)
    {
        string error;
        var document = input is null ? Read(path, out error) : Read(input, out error);
        if (document is null)
        {
            lock (notifications) notifications.Add(Notifications.Unreadable(display, error));
            return new FileReport(display, null, []);
        }

        var findings = linter.Lint(new SourceText(document.Html, display), configuration, ArticleFormat.Html);
        var text = new SourceText(document.Text, display);
        return new FileReport(display, text, document.Locate(findings, text)) { ByParagraph = true };
    }

    /// <summary>Reads <paramref name="path"/>; null with the reason when it is not a Word document that can be read.</summary>
    public static DocxArticle? Read(string path, out string error)
    {
        if (FileKinds.Refusal(FileKinds.Of(path)) is { } refusal)
        {
            error = refusal;
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return Read(stream, out error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = ArticleReader.ReadFailure(ex);
            return null;
        }
    }

    /// <summary>Reads a Word document from <paramref name="stream"/>.</summary>
    public static DocxArticle? Read(Stream stream, out string error)
    {
        error = string.Empty;
        try
        {
            // A part inflated past any article's size (a zip bomb) is refused while it is read, not after.
            using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharacters });
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                error = "not a Word document with a body (no word/document.xml)";
                return null;
            }

            var styles = StyleNames(document.MainDocumentPart!.StyleDefinitionsPart?.Styles);
            var paragraphs = new List<DocxParagraph>();
            Collect(body, styles, paragraphs, table: 0);
            return new DocxArticle(paragraphs);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException
            or NotSupportedException or InvalidOperationException or ArgumentException or OverflowException or InvalidCastException or KeyNotFoundException or NullReferenceException)
        {
            error = "not a Word document that can be read (" + ex.Message.TrimEnd('.') + ")";
            return null;
        }
    }

    /// <summary>
    /// <paramref name="findings"/> on <see cref="Html"/> told in <see cref="Text"/>: spans moved to the paragraph's
    /// text, lines and columns to paragraph and character. A finding about the whole page stays at its start.
    /// </summary>
    public IReadOnlyList<LintDiagnostic> Locate(IReadOnlyList<LintDiagnostic> findings, SourceText text)
    {
        var located = new List<LintDiagnostic>(findings.Count);
        foreach (var finding in findings)
        {
            if (finding.Span.IsEmpty && finding.Span.Start == 0 && finding.Location == LintDiagnostic.FileStart)
            {
                located.Add(finding);
                continue;
            }

            var span = Moved(finding.Span);
            located.Add(finding with
            {
                Span = span,
                Location = text.GetLineSpan(span),
                Fixes = [.. finding.Fixes.Select(f => f with { Replacements = [.. f.Replacements.Select(r => r with { Span = Moved(r.Span), NewText = Unescaped(r.NewText) })] })],
            });
        }

        return located;
    }

    /// <summary>A fix's text as the paragraph takes it (an HTML article's fixes are written as HTML).</summary>
    private static string Unescaped(string html) =>
        html.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    private TextSpan Moved(TextSpan span)
    {
        var start = Offset(span.Start);
        return TextSpan.FromBounds(start, Math.Max(start, Offset(span.End)));
    }

    /// <summary>The offset in <see cref="Text"/> of offset <paramref name="html"/> of <see cref="Html"/>.</summary>
    public int Offset(int html)
    {
        if (_lineStarts.Length == 0) return 0;
        var line = Array.BinarySearch(_lineStarts, html);
        if (line < 0) line = Math.Max(0, ~line - 1);
        var text = Paragraphs[line].Text;
        var at = _lineStarts[line] + _prefixes[line];
        var i = 0;
        while (i < text.Length && at < html)
        {
            at += text[i] switch
            {
                '&' => 5,
                '<' or '>' => 4,
                _ => 1,
            };
            i++;
        }

        return _textStarts[line] + i;
    }

    /// <summary>Word shows every space typed: each paragraph keeps its spaces, as CSS's pre-wrap says.</summary>
    private const string Keep = " style=\"white-space:pre-wrap\"";

    private static (string Open, string Close) Tags(IReadOnlyList<DocxParagraph> paragraphs, int i)
    {
        var p = paragraphs[i];
        var previous = i > 0 ? paragraphs[i - 1] : null;
        var next = i + 1 < paragraphs.Count ? paragraphs[i + 1] : null;
        if (p.Table > 0)
        {
            var open = (previous?.Table != p.Table ? "<table>" : string.Empty) + (p.RowStart ? "<tr>" : string.Empty) + (p.CellStart ? "<td>" : string.Empty) + "<p" + Keep + ">";
            var close = "</p>" + (next is null || next.Table != p.Table || next.CellStart ? "</td>" : string.Empty)
                + (next is null || next.Table != p.Table || next.RowStart ? "</tr>" : string.Empty) + (next?.Table != p.Table ? "</table>" : string.Empty);
            return (open, close);
        }

        return p.Kind switch
        {
            DocxParagraphKind.Title => ("<h1" + Keep + ">", "</h1>"),
            DocxParagraphKind.Subtitle => ("<p class=\"deck\"" + Keep + ">", "</p>"),
            DocxParagraphKind.Heading => ("<h2" + Keep + ">", "</h2>"),
            DocxParagraphKind.ListItem => ((previous?.Kind == DocxParagraphKind.ListItem && previous.Table == 0 ? string.Empty : "<ul>") + "<li" + Keep + ">",
                "</li>" + (next?.Kind == DocxParagraphKind.ListItem && next.Table == 0 ? string.Empty : "</ul>")),
            DocxParagraphKind.Quote => ((previous?.Kind == DocxParagraphKind.Quote && previous.Table == 0 ? string.Empty : "<blockquote>") + "<p" + Keep + ">",
                "</p>" + (next?.Kind == DocxParagraphKind.Quote && next.Table == 0 ? string.Empty : "</blockquote>")),
            DocxParagraphKind.Caption => ("<figure><figcaption" + Keep + ">", "</figcaption></figure>"),
            _ => ("<p" + Keep + ">", "</p>"),
        };
    }

    /// <summary>The body's paragraphs, and those of its tables and content controls, in document order.</summary>
    private static void Collect(OpenXmlElement container, IReadOnlyDictionary<string, DocxParagraphKind> styles, List<DocxParagraph> paragraphs, int table)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    paragraphs.Add(new DocxParagraph(KindOf(paragraph, styles), TextOf(paragraph)) { Table = table });
                    break;
                case Table grid:
                    var number = paragraphs.Count == 0 ? 1 : paragraphs.Max(p => p.Table) + 1;
                    foreach (var row in grid.Elements<TableRow>())
                    {
                        var rowStart = true;
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            var first = paragraphs.Count;
                            Collect(cell, styles, paragraphs, number);
                            if (paragraphs.Count == first) paragraphs.Add(new DocxParagraph(DocxParagraphKind.Text, string.Empty) { Table = number });
                            paragraphs[first] = paragraphs[first] with { CellStart = true, RowStart = rowStart };
                            rowStart = false;
                        }
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Collect(child, styles, paragraphs, table);
                    break;
            }
        }
    }

    /// <summary>What the paragraph's style (or a style it is based on) or its numbering says it is.</summary>
    private static DocxParagraphKind KindOf(Paragraph paragraph, IReadOnlyDictionary<string, DocxParagraphKind> styles)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.ParagraphStyleId?.Val?.Value is { } id && styles.TryGetValue(id, out var kind) && kind != DocxParagraphKind.Text) return kind;
        return properties?.NumberingProperties is not null ? DocxParagraphKind.ListItem : DocxParagraphKind.Text;
    }

    private static Dictionary<string, DocxParagraphKind> StyleNames(Styles? styles)
    {
        var byId = new Dictionary<string, (string Name, string? BasedOn)>(StringComparer.Ordinal);
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id) byId[id] = (style.StyleName?.Val?.Value ?? id, style.BasedOn?.Val?.Value);
        }

        var kinds = new Dictionary<string, DocxParagraphKind>(StringComparer.Ordinal);
        foreach (var id in byId.Keys)
        {
            // The style's own name, else the nearest one it is based on that names a kind (a house "Story Head" based on Heading 1).
            var at = id;
            var kind = DocxParagraphKind.Text;
            for (var depth = 0; depth < 10 && at is not null && byId.TryGetValue(at, out var style); depth++)
            {
                kind = KindOfName(style.Name);
                if (kind != DocxParagraphKind.Text) break;
                at = style.BasedOn;
            }

            kinds[id] = kind;
        }

        // Documents written without a styles part name their styles by id alone.
        foreach (var id in new[] { "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "ListParagraph", "Quote", "IntenseQuote", "Caption" })
            kinds.TryAdd(id, KindOfName(id));
        return kinds;
    }

    private static DocxParagraphKind KindOfName(string name)
    {
        var n = name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (n == "title") return DocxParagraphKind.Title;
        if (n == "subtitle") return DocxParagraphKind.Subtitle;
        if (n.StartsWith("heading", StringComparison.Ordinal)) return DocxParagraphKind.Heading;
        if (n.StartsWith("list", StringComparison.Ordinal)) return DocxParagraphKind.ListItem;
        if (n is "quote" or "intensequote" or "blocktext") return DocxParagraphKind.Quote;
        if (n == "caption") return DocxParagraphKind.Caption;
        return DocxParagraphKind.Text;
    }

    /// <summary>A paragraph's text as accepted: inserted and moved-in runs read, deleted and moved-out runs and text boxes not.</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t when !Hidden(t):
                    text.Append(t.Text);
                    break;
                case TabChar when !Hidden(element):
                    text.Append('\t');
                    break;
                case Break or CarriageReturn when !Hidden(element):
                    // A line broken by hand inside a paragraph: one space, so that the paragraph stays one line.
                    text.Append(' ');
                    break;
                case NoBreakHyphen when !Hidden(element):
                    text.Append('\u2011');
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Text that is not the paragraph's own: moved out, in a text box, or a drawing's fallback copy.</summary>
    private static bool Hidden(OpenXmlElement element)
    {
        for (var parent = element.Parent; parent is not null and not Paragraph; parent = parent.Parent)
        {
            if (parent is MoveFromRun or DeletedRun or TextBoxContent or DocumentFormat.OpenXml.AlternateContentFallback) return true;
        }

        return false;
    }
}

/// <summary>What a paragraph of a Word document is, by its style.</summary>
public enum DocxParagraphKind
{
    /// <summary>Body text (Normal and any style that says nothing more).</summary>
    Text,

    /// <summary>The Title style: the headline.</summary>
    Title,

    /// <summary>The Subtitle style: the deck.</summary>
    Subtitle,

    /// <summary>A Heading style: a subhead.</summary>
    Heading,

    /// <summary>A List style, or a numbered or bulleted paragraph.</summary>
    ListItem,

    /// <summary>The Quote or Intense Quote style: a block quotation.</summary>
    Quote,

    /// <summary>The Caption style.</summary>
    Caption,
}

/// <summary>One paragraph: its kind, its text, and for a table's, which table and whether it starts a row or cell.</summary>
public sealed record DocxParagraph(DocxParagraphKind Kind, string Text)
{
    /// <summary>The table it is in (1, 2 … in order), or 0.</summary>
    public int Table { get; init; }

    /// <summary>Whether it is the first paragraph of its table row.</summary>
    public bool RowStart { get; init; }

    /// <summary>Whether it is the first paragraph of its table cell.</summary>
    public bool CellStart { get; init; }
}

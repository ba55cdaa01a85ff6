using DocumentFormat.OpenXml;
using Lint.Articles;
using Lint.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lint.Testing;

/// <summary>
/// Word documents made for tests with DocumentFormat.OpenXml: a plain-text article as a reporter would file it in Word
/// (the first block in the Title style, each block after it a paragraph), or paragraphs in named styles.
/// </summary>
public static class DocxRendering
{
    private static readonly (string Id, string Name)[] Styles =
    [
        ("Title", "Title"), ("Subtitle", "Subtitle"), ("Heading1", "heading 1"), ("Heading2", "heading 2"), ("ListParagraph", "List Paragraph"),
        ("Quote", "Quote"), ("Caption", "caption"), ("StoryHead", "Story Head"),
    ];

    /// <summary>
    /// A plain-text article as a reporter would file it in Word, read the way the plain-text reader reads it: the
    /// headline in the Title style, subheads in Heading 1, list items in List Paragraph, block quotations in Quote,
    /// captions in Caption, table rows in a table, everything else a body paragraph. <paramref name="sources"/> gets,
    /// for each paragraph of the document in order, the span of the text it holds.
    /// </summary>
    public static byte[] FromPlainText(string text, List<TextSpan> sources)
    {
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText);
        var paragraphs = new List<(string? Style, string Text)>();
        var rows = new List<(int Index, string Text)>();
        foreach (var segment in article.Segments)
        {
            // The dateline is read from the paragraph it opens.
            if (segment.Kind == SegmentKind.Dateline) continue;
            var style = segment.Kind switch
            {
                SegmentKind.Headline => "Title",
                SegmentKind.Subhead => "Heading1",
                SegmentKind.ListItem => "ListParagraph",
                SegmentKind.Blockquote => "Quote",
                SegmentKind.Caption => "Caption",
                _ => null,
            };
            sources.Add(segment.Span);
            var content = segment.Content.Trim().Replace('\n', ' ');
            if (segment.Kind == SegmentKind.Table) rows.Add((paragraphs.Count, content));
            paragraphs.Add((style, content));
        }

        return Create(paragraphs, null, rows.Select(r => r.Index).ToHashSet());
    }

    /// <summary>A Word document of <paramref name="paragraphs"/>, each in its style (null: Normal).</summary>
    public static byte[] Create(IEnumerable<(string? Style, string Text)> paragraphs) => Create(paragraphs, null, null);

    /// <summary>A Word document of <paramref name="paragraphs"/>, each in its style (null: Normal), with the styles above defined.</summary>
    public static byte[] Create(IEnumerable<(string? Style, string Text)> paragraphs, Action<Body>? more, ISet<int>? tableRows = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(Styles.Select(s => new Style(new StyleName { Val = s.Name }, s.Id == "StoryHead" ? new BasedOn { Val = "Heading1" } : null!)
            {
                Type = StyleValues.Paragraph,
                StyleId = s.Id,
            }));
            var body = new Body();
            Table? table = null;
            var index = 0;
            foreach (var (style, text) in paragraphs)
            {
                var paragraph = Paragraph(style, new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                if (tableRows?.Contains(index++) == true)
                {
                    // A row set out in columns is a table row of one cell: the row's text is what is read.
                    if (table is null) body.Append(table = new Table());
                    table.Append(new TableRow(new TableCell(paragraph)));
                    continue;
                }

                table = null;
                body.Append(paragraph);
            }

            more?.Invoke(body);
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph in <paramref name="style"/> (null: Normal) holding <paramref name="content"/>.</summary>
    public static Paragraph Paragraph(string? style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(content);
        return paragraph;
    }
}

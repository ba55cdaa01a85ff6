using DocumentFormat.OpenXml;
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
    /// The blocks of a plain-text article, with where each starts: paragraphs apart at blank lines, and in a text with
    /// no blank line, one a line.
    /// </summary>
    public static IReadOnlyList<(int Start, string Text)> Blocks(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var blankLines = normalized.Contains("\n\n", StringComparison.Ordinal);
        var blocks = new List<(int, string)>();
        var at = 0;
        foreach (var part in normalized.Split(blankLines ? "\n\n" : "\n"))
        {
            var trimmed = part.Trim('\n');
            if (trimmed.Length > 0) blocks.Add((at + part.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Replace('\n', ' ')));
            at += part.Length + (blankLines ? 2 : 1);
        }

        return blocks;
    }

    /// <summary>A plain-text article as a Word document: its first block in the Title style, the rest as body paragraphs.</summary>
    public static byte[] FromText(string text) => Create(Blocks(text).Select((b, i) => (i == 0 ? "Title" : (string?)null, b.Text)));

    /// <summary>A Word document of <paramref name="paragraphs"/>, each in its style (null: Normal), with the styles above defined.</summary>
    public static byte[] Create(IEnumerable<(string? Style, string Text)> paragraphs, Action<Body>? more = null)
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
            foreach (var (style, text) in paragraphs) body.Append(Paragraph(style, new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
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

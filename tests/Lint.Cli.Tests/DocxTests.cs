using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using Lint.Testing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Lint.Cli.Tests;

/// <summary>Word documents (.docx) as articles: read by style, told by paragraph, checked and never fixed.</summary>
public sealed class DocxTests
{
    private static Run Words(string text) => new(new WordText(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });

    private static readonly byte[] Council = DocxRendering.Create(
        [
            ("Title", "Council Approves Flood Barrier"),
            (null, "By Maria Keane"),
            (null, "SPRINGFEILD, Ill. (AP) — The council voted on Tuesday to build a flood barrier & a pump."),
            (null, "Opponents said the city should have waited"),
        ]);

    [Fact]
    public void A_Word_document_is_read_by_style_with_tracked_changes_accepted_and_comments_and_text_boxes_left_out()
    {
        var bytes = DocxRendering.Create(
            [
                ("Title", "Council Approves Flood Barrier"),
                ("Subtitle", "The vote ends a year of delays"),
                ("StoryHead", "What happens next"),
                ("ListParagraph", "Bids open in March."),
                ("ListParagraph", "Work starts in May."),
                ("Quote", "We waited long enough."),
                ("Caption", "The river at dawn. Photo: Dana Reyes"),
            ],
            body =>
            {
                body.Append(DocxRendering.Paragraph(null,
                    Words("The council voted "),
                    new InsertedRun(Words("7-2 ")) { Id = "1", Author = "Editor" },
                    new DeletedRun(new Run(new DeletedText("6-3 "))) { Id = "2", Author = "Editor" },
                    new CommentRangeStart { Id = "3" },
                    Words("on Tuesday."),
                    new CommentRangeEnd { Id = "3" },
                    new Run(new CommentReference { Id = "3" })));
                body.Append(new Table(new TableRow(
                    new TableCell(DocxRendering.Paragraph(null, Words("District"))),
                    new TableCell(DocxRendering.Paragraph(null, Words("Cost"))))));
            });
        using var stream = new MemoryStream(bytes);
        var article = DocxArticle.Read(stream, out var error) ?? throw new InvalidOperationException(error);
        Assert.Equal(
            [
                "Title: Council Approves Flood Barrier", "Subtitle: The vote ends a year of delays", "Heading: What happens next",
                "ListItem: Bids open in March.", "ListItem: Work starts in May.", "Quote: We waited long enough.",
                "Caption: The river at dawn. Photo: Dana Reyes", "Text: The council voted 7-2 on Tuesday.", "Text: District", "Text: Cost",
            ],
            article.Paragraphs.Select(p => $"{p.Kind}: {p.Text}"));
        Assert.Equal(
            "<!DOCTYPE html><html><body><article>\n<h1 style=\"white-space:pre-wrap\">Council Approves Flood Barrier</h1>\n" +
            "<p class=\"deck\" style=\"white-space:pre-wrap\">The vote ends a year of delays</p>\n<h2 style=\"white-space:pre-wrap\">What happens next</h2>\n" +
            "<ul><li style=\"white-space:pre-wrap\">Bids open in March.</li>\n<li style=\"white-space:pre-wrap\">Work starts in May.</li></ul>\n" +
            "<blockquote><p style=\"white-space:pre-wrap\">We waited long enough.</p></blockquote>\n" +
            "<figure><figcaption style=\"white-space:pre-wrap\">The river at dawn. Photo: Dana Reyes</figcaption></figure>\n" +
            "<p style=\"white-space:pre-wrap\">The council voted 7-2 on Tuesday.</p>\n" +
            "<table><tr><td><p style=\"white-space:pre-wrap\">District</p></td>\n<td><p style=\"white-space:pre-wrap\">Cost</p></td></tr></table>\n</article></body></html>\n",
            article.Html);
    }

    [Fact]
    public void Findings_in_a_Word_document_are_told_by_paragraph_and_character_and_fix_leaves_it_alone()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("news/council.docx", Council);

        var text = CliRun.Invoke(folder.Path, "check", "news", "--as-of", "2026-11-22");
        Assert.Equal(1, text.ExitCode);
        Assert.Equal(
            "news/council.docx(¶3,1): error ED1001: Dateline city \"SPRINGFEILD\" is not a known place; did you mean SPRINGFIELD?\n" +
            "  3 | SPRINGFEILD, Ill. (AP) — The council voted on Tuesday to build a flood barrier & a pump.\n" +
            "    | ^^^^^^^^^^^\n" +
            "news/council.docx(¶4,37): error ED2002: Paragraph ends without terminal punctuation after \"waited\"\n" +
            "  4 | Opponents said the city should have waited\n" +
            "    |                                     ^^^^^^\n" +
            "1 file checked: 2 errors, 0 warnings, 0 suggestions\n",
            text.Out);

        // SARIF: the paragraph as the line, and where in the document's text (its paragraphs, one a line).
        var sarif = CliRun.Invoke(folder.Path, "check", "news", "--as-of", "2026-11-22", "--format", "sarif");
        using (var log = JsonDocument.Parse(sarif.Out))
        {
            var region = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.Equal((3, 1, 46, 11, "SPRINGFEILD"), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
                region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32(), region.GetProperty("snippet").GetProperty("text").GetString()));
        }

        var fix = CliRun.Invoke(folder.Path, "fix", "news", "--as-of", "2026-11-22", "--no-frames");
        Assert.Equal(1, fix.ExitCode);
        Assert.Equal(Council, File.ReadAllBytes(path));
        Assert.Equal(
            "lint: news/council.docx: Word documents are checked but not fixed; fix them in Word\n" +
            "lint: 0 fixes made in 0 of 1 file; 2 findings left\n", fix.Error);
    }

    [Fact]
    public void A_docx_file_that_is_not_a_Word_document_is_reported_and_the_others_are_still_checked()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("news/a.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        folder.WriteBytes("news/b.docx", System.Text.Encoding.UTF8.GetBytes("Just text\n"));
        folder.WriteBytes("news/c.docx", Council);
        var run = CliRun.Invoke(folder.Path, "check", "news", "--as-of", "2026-11-22", "--no-frames");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("news/a.docx(1,1): error ED0009: not a Word document that can be read", run.Out, StringComparison.Ordinal);
        Assert.Contains("news/b.docx(1,1): error ED0009: not a Word document that can be read", run.Out, StringComparison.Ordinal);
        Assert.Contains("news/c.docx(¶3,1): error ED1001", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
    }
}

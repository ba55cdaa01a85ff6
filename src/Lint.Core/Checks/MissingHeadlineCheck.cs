using Lint.Articles;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>missing-headline</c>: an article with no headline (no first-line title, no H1, no front-matter
/// <c>title</c>), as when a CMS export drops it and the text starts with the byline. Reported on the first line of text.
/// </summary>
internal sealed class MissingHeadlineCheck : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var article = context.Article;
        if (article.HasHeadline) return;
        if (article.Segments.Any(s => s.Kind == SegmentKind.FrontMatterField && s.Name.Equals("title", StringComparison.OrdinalIgnoreCase))) return;
        var first = article.Segments.FirstOrDefault(s => s.Kind is not (SegmentKind.FrontMatter or SegmentKind.FrontMatterField or SegmentKind.Dateline));
        if (first is null) return;
        if (article.Format == ArticleFormat.Html)
        {
            // In HTML the line holds tags too: the first block's own words, on its first line, are quoted and flagged.
            var words = first.Content.Trim();
            var lineEnd = words.IndexOf('\n');
            if (lineEnd >= 0) words = words.Substring(0, lineEnd).TrimEnd();
            var from = first.FirstContentIndex();
            if (from < 0) return;
            context.Report(first.SourceSpan(from, from + words.Length), new Dictionary<string, string> { ["first"] = words.Length > 40 ? words.Substring(0, 37).TrimEnd() + "…" : words });
            return;
        }

        var line = article.Source.Lines.GetLineIndex(first.Span.Start);
        var start = article.Source.Lines.GetLineStart(line);
        var end = article.Source.Lines.GetLineEnd(line, article.Source.Text);
        while (start < end && char.IsWhiteSpace(article.Source.Text[start])) start++;
        var text = article.Source.Text.Substring(start, end - start);
        context.Report(TextSpan.FromBounds(start, end), new Dictionary<string, string> { ["first"] = text.Length > 40 ? text.Substring(0, 37).TrimEnd() + "…" : text });
    }
}

using Lint.Articles;
using Lint.Rules;

namespace Lint.Checks;

/// <summary>
/// Kind <c>duplicate-text</c>: a segment of four words or more that repeats the one before it word for word (a
/// scraped headline printed twice), the headline printed again under itself, or a paragraph of at least
/// <c>min-words</c> words that already appeared earlier in the article, near its copy or among other repeats. The
/// comparison ignores case, white space and punctuation at the edges, so a re-pasted paragraph is found whatever
/// its line breaks.
/// </summary>
internal sealed class DuplicateTextCheck(int minWords) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var wordsNeeded = Math.Max(minWords, 4);
        var table = new DuplicateTable(context.Article.Segments.Count, wordsNeeded);
        FoldedText? previous = null;
        var reprint = HeadlineReprint(context);
        var repeats = new List<(int Position, Segment Segment, Segment First)>();
        var position = 0;
        foreach (var segment in context.Segments)
        {
            if (ReferenceEquals(segment, reprint.Reprint))
            {
                Report(context, segment, reprint.Headline!, "repeats the headline");
                previous = null;
                continue;
            }

            if (segment.Kind == SegmentKind.Dateline) continue;
            var folded = FoldedText.Of(segment, wordsNeeded);
            if (folded.IsEmpty) continue;

            // List items may repeat one another across lists (a summary list after the steps); only their neighbours count.
            var earlier = folded.Words >= minWords && segment.Kind != SegmentKind.ListItem ? table.FindOrAdd(folded) : null;

            if (previous is { } before && folded.Words >= 4 && folded.SameAs(before))
            {
                Report(context, segment, before.Segment, "repeats the line before it");
            }
            else if (earlier is { } first)
            {
                repeats.Add((position, segment, first.Segment));
            }

            previous = folded;
            position++;
        }

        // A repeat far from its first copy is an echo the writer chose unless the paragraphs around it repeat too: a
        // story pasted twice repeats paragraph after paragraph.
        for (var i = 0; i < repeats.Count; i++)
        {
            var (at, segment, first) = repeats[i];
            var inRun = (i > 0 && repeats[i - 1].Position == at - 1) || (i + 1 < repeats.Count && repeats[i + 1].Position == at + 1);
            if (inRun || segment.Index - first.Index <= EchoDistance) Report(context, segment, first, "repeats an earlier paragraph");
        }
    }

    /// <summary>
    /// How far apart, in parts of the article, a paragraph and its copy may be to be a slip when it repeats alone: a
    /// note set at the top and again at the end of an article ("If you want to run the workshop yourself, here are the
    /// slides") is an echo the writer chose; a paragraph pasted twice by mistake sits near its first copy, and a story
    /// pasted twice repeats a run of paragraphs.
    /// </summary>
    private const int EchoDistance = 12;

    /// <summary>
    /// The headline printed again as the first line after it (a scraper's residue, which the model marks as
    /// boilerplate), compared on letters and digits alone so that spacing and case do not hide it; nulls when there is none.
    /// </summary>
    private static (Segment? Headline, Segment? Reprint) HeadlineReprint(CheckContext context)
    {
        var segments = context.Article.Segments;
        for (var i = 0; i + 1 < segments.Count; i++)
        {
            if (segments[i].Kind != SegmentKind.Headline) continue;
            var next = segments[i + 1];
            if (next.Kind != SegmentKind.Boilerplate || !context.Rule.Scope.Includes(next) || !TextShape.SameWords(segments[i].Text, next.Text)) return (null, null);
            return (segments[i], next);
        }

        return (null, null);
    }

    private static void Report(CheckContext context, Segment segment, Segment first, string problem)
    {
        var start = segment.FirstContentIndex();
        var end = segment.LastContentIndex() + 1;
        var span = segment.SourceSpan(start, end);
        // Only the start of the paragraph is quoted: no copy of the rest.
        var text = end - start > 60 ? segment.Text.Slice(start, 57).ToString().TrimEnd() + "…" : segment.Text.Slice(start, end - start).ToString();
        context.Report(span, new Dictionary<string, string>
        {
            ["text"] = text,
            ["problem"] = problem,
            ["line"] = context.Article.Source.Lines.GetPosition(first.Span.Start).Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }
}

using System.Text;
using Lint.Articles;
using Lint.Rules;

namespace Lint.Checks;

/// <summary>
/// Kind <c>duplicate-text</c>: a segment of four words or more that repeats the one before it word for word (a
/// scraped headline printed twice), or a paragraph of at least <c>min-words</c> words that already appeared earlier in the article. The
/// comparison ignores case, white space and punctuation at the edges, so a re-pasted paragraph is found whatever
/// its line breaks.
/// </summary>
public sealed class DuplicateTextCheck(int minWords) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var seen = new Dictionary<string, Segment>(StringComparer.Ordinal);
        string? previous = null;
        Segment? previousSegment = null;
        foreach (var segment in context.Segments)
        {
            if (segment.Kind == SegmentKind.Dateline) continue;
            var key = Fold(segment.Content);
            if (key.Length == 0) continue;
            var words = TextShape.CountWords(key);
            if (key == previous && previousSegment is not null && words >= 4)
            {
                Report(context, segment, previousSegment, "repeats the line before it");
            }
            else if (words >= minWords && seen.TryGetValue(key, out var first))
            {
                Report(context, segment, first, "repeats an earlier paragraph");
            }

            if (words >= minWords && !seen.ContainsKey(key)) seen[key] = segment;
            previous = key;
            previousSegment = segment;
        }
    }

    private static void Report(CheckContext context, Segment segment, Segment first, string problem)
    {
        var start = segment.FirstContentIndex();
        var end = segment.LastContentIndex() + 1;
        var span = Text.TextSpan.FromBounds(segment.OffsetOf(start), segment.OffsetOf(end));
        var text = segment.Content.Substring(start, end - start);
        context.Report(span, new Dictionary<string, string>
        {
            ["text"] = text.Length > 60 ? text.Substring(0, 57).TrimEnd() + "…" : text,
            ["problem"] = problem,
            ["line"] = context.Article.Source.Lines.GetPosition(first.Span.Start).Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private static string Fold(string content)
    {
        var sb = new StringBuilder(content.Length);
        var space = false;
        foreach (var c in content.Trim().Trim('.', '!', '?', '…', '"', '“', '”', ' '))
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}

using System.Text;
using Lint.Articles;
using Lint.Rules;

namespace Lint.Checks;

/// <summary>Kind <c>paired-quotes</c>: a quotation the model paired as never closed (news multi-paragraph style is closed).</summary>
internal sealed class PairedQuotesCheck : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var segments = context.Article.Segments;
        foreach (var quotation in context.Article.Quotations)
        {
            if (quotation.IsClosed) continue;
            var segment = segments[quotation.SegmentIndex];
            if (!context.Rule.Scope.Includes(segment)) continue;

            // Quoted from the prose, not the source: in Markdown the mark may be an entity and the words inside links.
            var content = segment.Text;
            var open = segment.IndexAt(quotation.Open.Start);
            context.Report(quotation.Open, new Dictionary<string, string>
            {
                // A mark the source does not spell out (in broken HTML, one the parser made up) may map to a point.
                ["mark"] = open < content.Length ? content[open].ToString()
                    : quotation.Open.Start < context.Article.Source.Length ? context.Article.Source.Text.Substring(quotation.Open.Start, 1) : "“",
                ["start"] = Opening(content, segment.IndexAt(quotation.Inner.Start), segment.IndexAt(quotation.Inner.End)),
            });
        }
    }

    /// <summary>The first words of the quotation, so the message says which one it is.</summary>
    private static string Opening(ReadOnlySpan<char> content, int start, int end)
    {
        var sb = new StringBuilder();
        var words = 0;
        var inWord = false;
        for (var i = start; i < end && i < content.Length; i++)
        {
            var c = content[i];
            if (c is '\r' or '\n') break;
            if (char.IsWhiteSpace(c))
            {
                if (inWord && ++words == 6) return sb.ToString().TrimEnd() + "…";
                inWord = false;
            }
            else
            {
                inWord = true;
            }

            sb.Append(c);
        }

        return sb.ToString().TrimEnd();
    }
}

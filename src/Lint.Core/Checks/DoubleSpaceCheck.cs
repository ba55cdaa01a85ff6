using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>double-space</c>: two or more spaces between words inside a line. It reads the original text, not the
/// segment's masked content, so blanks left where Markdown marks were removed never count.
/// </summary>
public sealed class DoubleSpaceCheck : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var text = context.Article.Source.Text;
        foreach (var segment in context.Segments)
        {
            var i = segment.Span.Start;
            var end = segment.Span.End;
            while (i < end)
            {
                // Jump to the next two spaces (a vectorised search), then look at what surrounds them.
                i = text.IndexOf("  ", i, end - i, StringComparison.Ordinal);
                if (i < 0) break;
                if (i == segment.Span.Start || char.IsWhiteSpace(text[i - 1]))
                {
                    i++;
                    continue;
                }

                var run = i;
                while (run < end && text[run] == ' ') run++;
                var masked = segment[i - segment.Span.Start] != ' ' || (i > segment.Span.Start && segment[i - 1 - segment.Span.Start] != text[i - 1]);
                if (run < end && !char.IsWhiteSpace(text[run]) && !masked && segment[run - segment.Span.Start] == text[run])
                {
                    context.Report(TextSpan.FromBounds(i, run), new Dictionary<string, string> { ["count"] = (run - i).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                        [new Diagnostics.Fix("Use one space", [new Diagnostics.Replacement(TextSpan.FromBounds(i, run), " ")])]);
                }

                i = run;
            }
        }
    }
}

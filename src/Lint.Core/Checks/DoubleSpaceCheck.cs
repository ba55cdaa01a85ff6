using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>double-space</c>: two or more spaces between words inside a line. Only spaces typed side by side in the
/// source count: where markup was left out of the content between two spaces, the source holds no double space.
/// </summary>
internal sealed class DoubleSpaceCheck : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var segment in context.Segments)
        {
            var content = segment.Text;
            var i = 0;
            while (i < content.Length)
            {
                // Jump to the next two spaces (a vectorised search), then look at what surrounds them.
                var k = content.Slice(i).IndexOf("  ".AsSpan(), StringComparison.Ordinal);
                if (k < 0) break;
                i += k;
                if (i == 0 || char.IsWhiteSpace(content[i - 1]))
                {
                    i++;
                    continue;
                }

                var run = i;
                while (run < content.Length && content[run] == ' ') run++;
                var span = segment.SourceSpan(i, run);
                if (run < content.Length && !char.IsWhiteSpace(content[run]) && span.Length == run - i && IsSpaces(context.Article.Source.Text, span))
                {
                    context.Report(span, new Dictionary<string, string> { ["count"] = (run - i).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                        [new Diagnostics.Fix("Use one space", [new Diagnostics.Replacement(span, " ")])
                        {
                            // Between words it is a slip; before a figure ("Spot price --  9.98") it may line up a column.
                            Safety = char.IsLetter(content[run]) || content[run] is '“' or '‘' or '"' or '(' ? Diagnostics.FixSafety.Safe : Diagnostics.FixSafety.Unsafe,
                        }]);
                }

                i = run;
            }
        }
    }

    private static bool IsSpaces(string text, TextSpan span)
    {
        for (var k = span.Start; k < span.End; k++)
        {
            if (text[k] != ' ') return false;
        }

        return true;
    }
}

using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>dash-spacing</c>: em dashes between words are either spaced ("governments — not just") or closed
/// ("Trump—despite"). Option <c>style</c>: <c>first</c> (the first form used in the article wins), <c>spaced</c> or
/// <c>closed</c> (the pack's style); configuration can set it per folder as <c>lint.ID.style</c>. Dashes next to a
/// quotation mark or at the start or end of a line (speech broken off: "you promised—”") and the dateline's dash
/// say nothing about the style.
/// </summary>
public sealed class DashSpacingCheck(string style) : ICheck
{
    /// <summary>The values of option <c>style</c>.</summary>
    public static readonly IReadOnlyList<string> Styles = ["first", "spaced", "closed"];

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var chosen = context.Option("style") is { } configured && Styles.Contains(configured) ? configured : style;
        bool? spaced = chosen switch
        {
            "spaced" => true,
            "closed" => false,
            _ => null,
        };
        var dateline = context.Article.Dateline?.Separator;
        foreach (var segment in context.Segments)
        {
            var content = segment.Text;
            for (var i = 1; i + 1 < content.Length; i++)
            {
                // Straight to the next em dash that has a character on each side.
                var k = content.Slice(i, content.Length - 1 - i).IndexOf('—');
                if (k < 0) break;
                i += k;
                if (dateline is { } d && d.Contains(segment.OffsetOf(i))) continue;
                var before = content[i - 1];
                var after = content[i + 1];
                bool isSpaced;
                if (before == ' ' && after == ' ' && i >= 2 && i + 2 < content.Length && IsWordEdge(content[i - 2]) && IsWordEdge(content[i + 2])) isSpaced = true;
                else if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)) isSpaced = false;
                else continue;
                spaced ??= isSpaced;
                if (spaced == isSpaced) continue;
                var span = isSpaced ? TextSpan.FromBounds(segment.OffsetOf(i - 1), segment.OffsetOf(i + 2)) : new TextSpan(segment.OffsetOf(i), 1);
                context.Report(span, new Dictionary<string, string>
                {
                    ["match"] = isSpaced ? " — " : "—",
                    ["first"] = spaced.Value ? " — " : "—",
                }, [new Fix(spaced.Value ? "Space the dash" : "Close up the dash", [new Replacement(span, spaced.Value ? " — " : "—")])]);
            }
        }
    }

    private static bool IsWordEdge(char c) => char.IsLetterOrDigit(c) || c is ',' or '.' or ')' or '%';
}

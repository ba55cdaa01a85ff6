using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>dash-spacing</c>: em dashes between words are either spaced ("governments — not just") or closed
/// ("Trump—despite"). Option <c>style</c>: <c>majority</c> (the form most dashes in the article take; the first one
/// breaks a tie), <c>first</c> (the first form used in the article wins), <c>spaced</c> or <c>closed</c> (the pack's
/// style); configuration can set it per folder as <c>lint.ID.style</c>. Dashes next to a quotation mark or at the start
/// or end of a line (speech broken off: "you promised—”") and the dateline's dash say nothing about the style.
/// </summary>
internal sealed class DashSpacingCheck(string style) : IConfigurableCheck
{
    /// <summary>The values of option <c>style</c>.</summary>
    public static readonly IReadOnlyList<string> Styles = ["majority", "first", "spaced", "closed"];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ConfigurationOptions { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["style"] = Styles };

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var chosen = context.Option("style") is { } configured && Styles.Contains(configured) ? configured : style;
        var dashes = new List<(Articles.Segment Segment, int Index, bool Spaced)>();
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
                if (dateline is { } d && d.Contains(segment.SourceSpan(i, i + 1).Start)) continue;
                var before = content[i - 1];
                var after = content[i + 1];
                bool isSpaced;
                if (before == ' ' && after == ' ' && i >= 2 && i + 2 < content.Length && IsWordEdge(content[i - 2]) && IsWordEdge(content[i + 2])) isSpaced = true;
                else if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)) isSpaced = false;
                else continue;
                dashes.Add((segment, i, isSpaced));
            }
        }

        if (dashes.Count == 0) return;
        var spacedCount = dashes.Count(d => d.Spaced);
        var spaced = chosen switch
        {
            "spaced" => true,
            "closed" => false,
            "first" => dashes[0].Spaced,
            _ => spacedCount * 2 == dashes.Count ? dashes[0].Spaced : spacedCount * 2 > dashes.Count,
        };

        // Set by the house (spaced, closed) or by a clear majority, the style is certain; decided by a tie or by the first
        // dash alone, which dash is the slip is the writer's call.
        var certain = chosen is "spaced" or "closed" || (chosen != "first" && spacedCount * 2 != dashes.Count);
        foreach (var (segment, i, isSpaced) in dashes)
        {
            if (spaced == isSpaced) continue;
            var span = isSpaced ? segment.SourceSpan(i - 1, i + 2) : segment.SourceSpan(i, i + 1);
            context.Report(span, new Dictionary<string, string>
            {
                ["match"] = isSpaced ? " — " : "—",
                ["first"] = spaced ? " — " : "—",
            }, [new Fix(spaced ? "Space the dash" : "Close up the dash", [new Replacement(span, spaced ? " — " : "—")])
            {
                Safety = certain ? FixSafety.Safe : FixSafety.Unsafe,
            }]);
        }
    }

    private static bool IsWordEdge(char c) => char.IsLetterOrDigit(c) || c is ',' or '.' or ')' or '%';
}

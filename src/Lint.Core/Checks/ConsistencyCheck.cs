using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>consistency</c>: of each set of interchangeable forms ("US" and "U.S.", "percent" and "per cent") an
/// article uses one. With <c>prefer: majority</c> (the default) the form used most in the scope is the article's, the
/// first one used breaking a tie; with <c>prefer: first</c>, the first form used. Every use of another form of the set
/// is flagged, with the article's form as its fix. One pass over the article with one combined expression.
/// </summary>
/// <remarks>
/// Counting matters on real copy: one "US" in an article that writes "U.S." four times is the slip, not the four.
/// </remarks>
internal sealed class ConsistencyCheck(Regex regex, IReadOnlyDictionary<string, (int Set, string Form)> forms, bool majority = true) : ICheck
{
    /// <summary>The values of option <c>prefer</c>.</summary>
    public static readonly IReadOnlyList<string> Preferences = ["majority", "first"];

    private readonly Pattern _pattern = Pattern.From(regex);

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var uses = new List<(SegmentMatch Match, int Set, string Form)>();
        foreach (var segment in context.Segments)
        {
            foreach (var match in segment.Matches(_pattern))
            {
                if (forms.TryGetValue(match.Value, out var form)) uses.Add((match, form.Set, form.Form));
            }
        }

        if (uses.Count < 2) return;
        var chosen = Choose(uses);
        foreach (var (match, set, form) in uses)
        {
            var winner = chosen[set];
            if (string.Equals(winner, form, StringComparison.Ordinal)) continue;
            var span = match.Span;
            var value = match.Value;
            context.Report(span, new Dictionary<string, string> { ["match"] = value, ["first"] = winner },
                [new Fix($"Replace {value} with {winner}", [new Replacement(span, winner)])]);
        }
    }

    /// <summary>The article's form of each set: the one used most (or first), ties going to the first used.</summary>
    private Dictionary<int, string> Choose(List<(SegmentMatch Match, int Set, string Form)> uses)
    {
        var counts = new Dictionary<(int Set, string Form), int>();
        var order = new List<(int Set, string Form)>();
        foreach (var use in uses)
        {
            var key = (use.Set, use.Form);
            if (counts.TryGetValue(key, out var n)) counts[key] = n + 1;
            else
            {
                counts[key] = 1;
                order.Add(key);
            }
        }

        var chosen = new Dictionary<int, string>();
        foreach (var key in order)
        {
            if (!chosen.TryGetValue(key.Set, out var current)) chosen[key.Set] = key.Form;
            else if (majority && counts[key] > counts[(key.Set, current)]) chosen[key.Set] = key.Form;
        }

        return chosen;
    }
}

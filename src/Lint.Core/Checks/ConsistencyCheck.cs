using System.Text.RegularExpressions;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>consistency</c>: of each set of interchangeable forms ("US" and "U.S.", "percent" and "per cent") an
/// article uses one. The first form used in the scope wins; every later use of another form of the set is flagged,
/// with the winning form as its fix. One pass over the article with one combined expression.
/// </summary>
public sealed class ConsistencyCheck(Regex regex, IReadOnlyDictionary<string, (int Set, string Form)> forms) : ICheck
{
    // Segments holding none of the forms are skipped without running the expression.
    private readonly LiteralPrefilter? _prefilter = LiteralPrefilter.For(regex);

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var chosen = new Dictionary<int, string>();
        foreach (var segment in context.Segments)
        {
            if (_prefilter is { } prefilter && !prefilter.MayMatch(segment.Text)) continue;
            for (var match = segment.Match(regex); match.Success; match = match.NextMatch())
            {
                if (!forms.TryGetValue(match.Value, out var form)) continue;
                if (!chosen.TryGetValue(form.Set, out var first))
                {
                    chosen[form.Set] = form.Form;
                    continue;
                }

                if (string.Equals(first, form.Form, StringComparison.Ordinal)) continue;
                var span = segment.SpanOf(match);
                context.Report(span, new Dictionary<string, string> { ["match"] = match.Value, ["first"] = first },
                    [new Fix($"Replace {match.Value} with {first}", [new Replacement(span, first)])]);
            }
        }
    }
}

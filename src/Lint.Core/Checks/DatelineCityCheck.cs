using Lint.Diagnostics;
using Lint.Rules;

namespace Lint.Checks;

/// <summary>
/// Kind <c>dateline</c>: each place in the dateline must be a known place; a name that is not, but is one or two
/// edits from a dateline city, is flagged with that city as suggestion and fix. Unknown names with no close city
/// ("ABOARD AIR FORCE ONE") are left alone: a noisy dateline check gets switched off.
/// </summary>
public sealed class DatelineCityCheck(Gazetteer gazetteer) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var dateline = context.Article.Dateline;
        if (dateline is null) return;
        if (!context.Segments.Any(s => s.Kind == Articles.SegmentKind.Dateline)) return;
        var text = context.Article.Source.Text;
        foreach (var span in dateline.Places)
        {
            var name = text.Substring(span.Start, span.Length);
            if (gazetteer.IsKnown(name)) continue;
            var city = gazetteer.Suggest(name);
            if (city is null) continue;
            var suggestion = MatchCase(city.Name, name);
            if (string.Equals(suggestion, name, StringComparison.Ordinal)) continue;
            context.Report(span, new Dictionary<string, string>
            {
                ["city"] = name,
                ["suggestion"] = suggestion,
            }, [new Fix($"Replace {name} with {suggestion}", [new Replacement(span, suggestion)])]);
        }
    }

    /// <summary>
    /// Spell the suggestion the way the dateline is written: capitals for "RYADH", the city's own case for "Ryadh",
    /// and without diacritics when the dateline has none ("SAO PALO" → SAO PAULO, not SÃO PAULO).
    /// </summary>
    private static string MatchCase(string suggestion, string original)
    {
        if (original.All(c => c <= '\u007F')) suggestion = Text.PlaceName.FoldDiacritics(suggestion);
        return original.Any(char.IsLower) ? suggestion : suggestion.ToUpperInvariant();
    }
}

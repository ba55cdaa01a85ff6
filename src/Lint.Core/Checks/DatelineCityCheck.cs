using System.Text.RegularExpressions;
using Lint.Diagnostics;
using Lint.Rules;

namespace Lint.Checks;

/// <summary>
/// Kind <c>dateline</c>: each place in the dateline must be a known place; a name that is not, but is one or two
/// edits from a dateline city, is flagged with that city as suggestion and fix. Unknown names with no close city
/// ("ABOARD AIR FORCE ONE") are left alone: a noisy dateline check gets switched off. A known but obscure place
/// that stands alone (no state or country after it) one edit from a major city is a typo that happens to be a
/// village somewhere ("ASHINGTON (AP) —" for WASHINGTON): only major cities stand alone in a dateline. A city with
/// a region after it ("SUFFIELD, Conn.") is a smaller place, and is compared only with the cities of that region's
/// country, and only one edit away after a state or province ("KILLINGTON, Vt." is not Wilmington); when the region
/// is not a known state, province or country, the city is left alone.
/// </summary>
internal sealed partial class DatelineCityCheck(Lazy<Gazetteer> lazyGazetteer, DatelineRegions regions) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var dateline = context.Article.Dateline;
        if (dateline is null) return;
        if (!context.Segments.Any(s => s.Kind == Articles.SegmentKind.Dateline)) return;
        var gazetteer = lazyGazetteer.Value;
        var text = context.Article.Source.Text;
        var standsAlone = dateline.Region is null || Calendar.IsMatch(text.Substring(dateline.Region.Value.Start, dateline.Region.Value.Length));

        // "SUFFIELD, Conn." is a town in the United States, not a misspelling of Sheffield in England. A state or
        // province follows the smallest towns, smaller than the known places go ("KILLINGTON, Vt.", two letters from
        // Wilmington): such a name is taken for a slip only one edit from a city, the common typing slip
        // ("SPRINGFEILD, Ill.").
        string? countries = null;
        var maxEdits = 2;
        if (!standsAlone)
        {
            var region = text.Substring(dateline.Region!.Value.Start, dateline.Region.Value.Length);
            countries = regions.CountriesOf(region);
            if (countries is null) return;
            if (regions.IsDivision(region)) maxEdits = 1;
        }

        foreach (var span in dateline.Places)
        {
            var name = text.Substring(span.Start, span.Length);

            // A name with no dateline city near it is never flagged, whether it is a known place or not: answered from
            // the cities alone, without reading the 300,000 known places.
            if (!gazetteer.IsCity(name) && gazetteer.Suggest(name, countries, maxEdits: maxEdits) is null) continue;
            Gazetteer.City? city;
            string problem;
            var known = gazetteer.IsKnown(name);
            if (known)
            {
                if (!standsAlone || gazetteer.PopulationOf(name) >= ObscureBelow) continue;
                city = gazetteer.Suggest(name, minPopulation: MajorCity, maxEdits: 1);
                problem = "is a small place that would need its state or country in a dateline";
            }
            else
            {
                city = gazetteer.Suggest(name, countries, maxEdits: maxEdits);
                problem = "is not a known place";
            }

            if (city is null) continue;
            var suggestion = MatchCase(Abbreviate(city.Name, name), name);
            if (string.Equals(suggestion, name, StringComparison.Ordinal)) continue;
            context.Report(span, new Dictionary<string, string>
            {
                ["city"] = name,
                ["problem"] = problem,
                ["suggestion"] = suggestion,
            }, [new Fix($"Replace {name} with {suggestion}", [new Replacement(span, suggestion)])
            {
                // A real place is only taken for a city the reader more likely meant: the writer has to say so.
                Safety = city.Clear && !known ? FixSafety.Safe : FixSafety.Unsafe,
            }]);
        }
    }

    private const long MajorCity = 500_000;
    private const long ObscureBelow = 100_000;

    private const string CalendarPattern = @"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d";

    [GeneratedRegex(CalendarPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Calendar { get; }

    /// <summary>"ST. PAL" was matched as SAINT PAL: give "Saint Paul" back as "St. Paul".</summary>
    private static string Abbreviate(string suggestion, string original)
    {
        foreach (var (abbreviation, full) in new[] { ("ST", "Saint "), ("STE", "Sainte "), ("FT", "Fort "), ("MT", "Mount ") })
        {
            var typed = original.Split(' ', '.')[0];
            if (typed.Equals(abbreviation, StringComparison.OrdinalIgnoreCase) && suggestion.StartsWith(full, StringComparison.Ordinal))
                return original.Substring(0, original.IndexOf(' ') < 0 ? typed.Length : original.IndexOf(' ')) + " " + suggestion.Substring(full.Length);
        }

        return suggestion;
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

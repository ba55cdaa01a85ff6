using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>dateline-form</c>: AP's rules for US datelines. A state after the city is written in AP's abbreviation
/// ("SPRINGFIELD, Illinois" → "SPRINGFIELD, Ill."), and the cities AP lets stand alone take no state at all
/// ("CHICAGO, Ill." → "CHICAGO"). With an (AP) credit, the city is in capitals.
/// </summary>
internal sealed class DatelineFormCheck : ICheck
{
    // AP Stylebook state abbreviations for datelines; the eight states AP never abbreviates map to themselves.
    private static readonly Dictionary<string, string> States = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Alabama"] = "Ala.", ["Alaska"] = "Alaska", ["Arizona"] = "Ariz.", ["Arkansas"] = "Ark.", ["California"] = "Calif.",
        ["Colorado"] = "Colo.", ["Connecticut"] = "Conn.", ["Delaware"] = "Del.", ["Florida"] = "Fla.", ["Georgia"] = "Ga.",
        ["Hawaii"] = "Hawaii", ["Idaho"] = "Idaho", ["Illinois"] = "Ill.", ["Indiana"] = "Ind.", ["Iowa"] = "Iowa",
        ["Kansas"] = "Kan.", ["Kentucky"] = "Ky.", ["Louisiana"] = "La.", ["Maine"] = "Maine", ["Maryland"] = "Md.",
        ["Massachusetts"] = "Mass.", ["Michigan"] = "Mich.", ["Minnesota"] = "Minn.", ["Mississippi"] = "Miss.",
        ["Missouri"] = "Mo.", ["Montana"] = "Mont.", ["Nebraska"] = "Neb.", ["Nevada"] = "Nev.", ["New Hampshire"] = "N.H.",
        ["New Jersey"] = "N.J.", ["New Mexico"] = "N.M.", ["New York"] = "N.Y.", ["North Carolina"] = "N.C.",
        ["North Dakota"] = "N.D.", ["Ohio"] = "Ohio", ["Oklahoma"] = "Okla.", ["Oregon"] = "Ore.", ["Pennsylvania"] = "Pa.",
        ["Rhode Island"] = "R.I.", ["South Carolina"] = "S.C.", ["South Dakota"] = "S.D.", ["Tennessee"] = "Tenn.",
        ["Texas"] = "Texas", ["Utah"] = "Utah", ["Vermont"] = "Vt.", ["Virginia"] = "Va.", ["Washington"] = "Wash.",
        ["West Virginia"] = "W.Va.", ["Wisconsin"] = "Wis.", ["Wyoming"] = "Wyo.",
    };

    // AP's domestic datelines that stand alone, without a state.
    private static readonly HashSet<string> Standalone = new(StringComparer.OrdinalIgnoreCase)
    {
        "ATLANTA", "BALTIMORE", "BOSTON", "CHICAGO", "CINCINNATI", "CLEVELAND", "DALLAS", "DENVER", "DETROIT", "HONOLULU",
        "HOUSTON", "INDIANAPOLIS", "LAS VEGAS", "LOS ANGELES", "MIAMI", "MILWAUKEE", "MINNEAPOLIS", "NEW ORLEANS", "NEW YORK",
        "OKLAHOMA CITY", "PHILADELPHIA", "PHOENIX", "PITTSBURGH", "ST. LOUIS", "SALT LAKE CITY", "SAN ANTONIO", "SAN DIEGO",
        "SAN FRANCISCO", "SEATTLE", "WASHINGTON",
    };

    private static readonly HashSet<string> Abbreviations = new(States.Values.Concat(["D.C."]), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var dateline = context.Article.Dateline;
        if (dateline is null || !context.Segments.Any(s => s.Kind == Articles.SegmentKind.Dateline)) return;
        var source = context.Article.Source;
        var city = dateline.Places.Count == 1 ? source[dateline.Places[0]] : null;
        if (dateline.Region is { } regionSpan && city is not null)
        {
            var region = source[regionSpan].Trim();
            if (States.TryGetValue(region, out var abbreviation) && !string.Equals(region, abbreviation, StringComparison.Ordinal) && !Standalone.Contains(city))
            {
                Report(context, regionSpan, $"writes the state \"{region}\" in full; AP's dateline abbreviation is \"{abbreviation}\"",
                    new Fix($"Write {abbreviation}", [new Replacement(regionSpan, abbreviation)]));
            }
            else if (Standalone.Contains(city) && (Abbreviations.Contains(region) || States.ContainsKey(region)))
            {
                var remove = TextSpan.FromBounds(dateline.Places[0].End, regionSpan.End);
                Report(context, remove, $"gives a state after {city.ToUpperInvariant()}, which AP lets stand alone",
                    new Fix("Drop the state", [new Replacement(remove, string.Empty)]));
            }
        }

        if (dateline.Agency is { } agency && source[agency].Trim() == "AP")
        {
            foreach (var place in dateline.Places)
            {
                var name = source[place];
                if (!name.Any(char.IsLower)) continue;
                Report(context, place, $"city \"{name}\" is not in capitals, as AP datelines are",
                    new Fix($"Write {name.ToUpperInvariant()}", [new Replacement(place, name.ToUpperInvariant())]));
            }
        }
    }

    private static void Report(CheckContext context, TextSpan span, string problem, Fix fix) =>
        context.Report(span, new Dictionary<string, string> { ["problem"] = problem }, [fix]);
}

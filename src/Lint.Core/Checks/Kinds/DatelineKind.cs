using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>dateline</c>: a dateline city that is no known place but close to one (<see cref="DatelineCityCheck"/>).</summary>
internal sealed class DatelineKind() : CheckKind(
    "dateline",
    messageArguments: ["city", "problem", "suggestion"],
    defaultScope: ["dateline"])
{
    private static readonly CheckOption Places = new("places", CheckOptionType.Text, "Data file of every known place name, beside the rule pack; a city found there is left alone.")
        { Default = "data/places.txt" };

    private static readonly CheckOption Cities = new("cities", CheckOptionType.Text, "Data file of the places suggested for a misspelt city, beside the rule pack.")
        { Default = "data/dateline-cities.tsv" };

    private static readonly CheckOption Regions = new("regions", CheckOptionType.Text,
        "Data file of the regions that may follow a city (\"SUFFIELD, Conn.\") and their countries, beside the rule pack.")
        { Default = "data/regions.tsv" };

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [Places, Cities, Regions];

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options)
    {
        var places = options.GetLazyBytes(Places.Name, Places.Default!);
        var citiesText = options.GetData(Cities.Name, Cities.Default!, text => text);
        var regions = options.GetData(Regions.Name, Regions.Default!, DatelineRegions.Parse);
        return places is null || citiesText is null || regions is null
            ? null
            : new DatelineCityCheck(new Lazy<Gazetteer>(() => Gazetteer.ParseCached(places, citiesText)), regions);
    }
}

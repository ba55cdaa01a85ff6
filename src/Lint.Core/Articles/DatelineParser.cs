using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// Finds a dateline at the start of a paragraph. Accepts the wire forms "CITY (Agency) —", "CITY/CITY (Agency) –",
/// "CITY, Region (Agency) —", "CITY, Mon 18 (Reuters) -", "CITY —" and, with an agency, title-case "Paris (AFP) -".
/// </summary>
internal static partial class DatelineParser
{
    private const string UpperPlace = @"\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,4}";
    private const string TitlePlace = @"\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ \-]\p{Lu}[\p{Ll}\p{M}'’\-]+){0,3}";
    private const string Tail = @"(?:,[ ]*(?<region>[^,()\r\n–—]{1,40}?))?(?:,[ ]*(?<date>\p{Lu}\p{Ll}{2,8}\.?[ ]+\d{1,2}(?:,[ ]*\d{4})?))?";

    private const string UpperPattern =
        "^(?<places>" + UpperPlace + @"(?:[ ]*/[ ]*" + UpperPlace + "){0,5})" + Tail +
        @"[ ]*(?:\((?<agency>[^()\r\n]{1,60})\)|/(?<agency>[^/\r\n]{1,40})/)?[ ]*(?<sep>—|–|--|-|:)[ ]+\S";

    [GeneratedRegex(UpperPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Upper { get; }

    private const string TitlePattern =
        "^(?<places>" + TitlePlace + @"(?:[ ]*/[ ]*" + TitlePlace + "){0,3})" + Tail +
        @"[ ]*\((?<agency>[^()\r\n]{1,60})\)[ ]*(?<sep>—|–|--|-|:)[ ]+\S";

    [GeneratedRegex(TitlePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Title { get; }

    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENTARY",
        "WATCH", "LIVE", "CORRECTION", "CLARIFICATION", "FILE", "PHOTO", "PHOTOS", "VIDEO", "NOTE", "EDITOR'S NOTE",
        "EDITOR’S NOTE", "URGENT", "FLASH", "ALERT", "REVIEW", "INTERVIEW", "Q&A", "FACT CHECK", "EXPLAINER", "PODCAST",
        "SPONSORED", "ADVERTISEMENT", "WARNING", "REPORT", "NEWS", "SPORTS", "OBITUARY", "LETTERS", "POLL", "QUIZ",
    };

    /// <summary>Whether <paramref name="content"/> starts with a dateline.</summary>
    public static bool StartsWithDateline(string content) => Parse(content, (start, end) => TextSpan.FromBounds(start, end)) is not null;

    /// <summary>Parses the dateline at the start of <paramref name="segment"/>, with its parts located in the source; null when there is none.</summary>
    public static Dateline? TryParse(Segment segment) => Parse(segment.Content, segment.SourceSpan);

    /// <summary>The dateline at the start of <paramref name="content"/>, its parts located by <paramref name="locate"/> (content start and end to a span).</summary>
    private static Dateline? Parse(string content, Func<int, int, TextSpan> locate)
    {
        var first = 0;
        while (first < content.Length && char.IsWhiteSpace(content[first])) first++;
        if (first >= content.Length || !char.IsUpper(content[first])) return null;
        var text = first == 0 ? content : content.Substring(first);
        var match = Upper.Match(text);
        if (!match.Success) match = Title.Match(text);
        if (!match.Success) return null;

        var placesGroup = match.Groups["places"];
        var places = new List<TextSpan>();
        var cursor = placesGroup.Index;
        foreach (var part in placesGroup.Value.Split('/'))
        {
            var lead = part.Length - part.TrimStart().Length;
            var name = part.Trim();
            if (name.Length == 0 || NotPlaces.Contains(name)) return null;
            places.Add(Locate(first + cursor + lead, name.Length));
            cursor += part.Length + 1;
        }

        // A place name of one letter, or one that is only an abbreviation ("U.S."), is not a dateline city.
        if (places.Any(p => p.Length < 2)) return null;

        var sep = match.Groups["sep"];
        var region = match.Groups["region"];
        var agency = match.Groups["agency"];

        // An agency is a name ("AP", "Worthy News"), never words in lower case ("Survival Kit (with Kids) - …").
        if (agency.Success && agency.Length > 0 && char.IsLower(agency.Value[0])) return null;

        // A story follows a dateline: words in lower case, not a row of figures ("CORN --   1986/87   1985/86").
        var end = first + sep.Index + sep.Length;
        var hasLower = false;
        for (var k = end; k < content.Length && !hasLower; k++) hasLower = char.IsLower(content[k]);
        if (!hasLower) return null;
        return new Dateline(
            Locate(first, sep.Index + sep.Length),
            places,
            region.Success ? Locate(first + region.Index, region.Length) : null,
            agency.Success ? Locate(first + agency.Index, agency.Length) : null,
            Locate(first + sep.Index, sep.Length));

        TextSpan Locate(int start, int length) => locate(start, start + length);
    }
}

using System.Diagnostics.CodeAnalysis;
using Lint.Loading;

namespace Lint.Checks;

/// <summary>The registry of check kinds a rule file can name under <c>check.kind</c>.</summary>
public static class CheckKinds
{
    private static readonly Dictionary<string, CheckKind> Kinds = new CheckKind[]
    {
        new("dateline", ["places", "cities"], ["city", "problem", "suggestion"], ["dateline"],
            options =>
            {
                var places = options.GetString("places", "data/places.txt")!;
                var cities = options.GetString("cities", "data/dateline-cities.tsv")!;
                var placesText = options.GetData("places", places, text => text);
                var citiesText = options.GetData("cities", cities, text => text);
                return placesText is null || citiesText is null ? null : new DatelineCityCheck(Gazetteer.ParseCached(placesText, citiesText));
            }),
        new("paired-quotes", [], ["mark", "start"], ["paragraph", "blockquote", "list-item", "headline", "deck", "subhead", "caption"],
            _ => new PairedQuotesCheck()),
        new("terminal-punctuation", ["sentences"], ["unit", "word"], ["paragraph"],
            options => new TerminalPunctuationCheck(options.GetBool("sentences", true))),
        new("existence", ["tokens", "patterns", "exceptions", "ignorecase"], ["match"], ["paragraph"],
            options =>
            {
                var ignoreCase = options.GetBool("ignorecase", false);
                var tokens = options.GetStringList("tokens");
                var patterns = options.GetPatternList("patterns", ignoreCase);
                var exceptions = options.GetStringList("exceptions");
                var combined = ExistenceCheck.Combine(tokens, patterns);
                if (combined is null)
                {
                    options.Fail("tokens", "an existence check needs 'tokens' or 'patterns'");
                    return null;
                }

                if (options.HasErrors) return null;
                var regex = options.CompileRegex("patterns", combined, ignoreCase);
                return regex is null ? null : new ExistenceCheck(regex, exceptions, ignoreCase);
            }),
        new("copyright-year", [], ["year", "current", "problem"], ["footer", "paragraph"],
            _ => new CopyrightYearCheck()),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Kinds.Keys.OrderBy(k => k, StringComparer.Ordinal)];

    /// <summary>Looks a kind up by name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out CheckKind? kind) => Kinds.TryGetValue(name, out kind);
}

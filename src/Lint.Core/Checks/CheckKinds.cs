using System.Diagnostics.CodeAnalysis;
using Lint.Loading;
using Lint.Text;

namespace Lint.Checks;

/// <summary>The registry of check kinds a rule file can name under <c>check.kind</c>.</summary>
public static class CheckKinds
{
    private static readonly Dictionary<string, CheckKind> Kinds = new CheckKind[]
    {
        new("dateline", ["places", "cities", "regions"], ["city", "problem", "suggestion"], ["dateline"],
            options =>
            {
                var places = options.GetLazyBytes("places", "data/places.txt");
                var citiesText = options.GetData("cities", "data/dateline-cities.tsv", text => text);
                var regions = options.GetData("regions", "data/regions.tsv", DatelineRegions.Parse);
                return places is null || citiesText is null || regions is null
                    ? null
                    : new DatelineCityCheck(new Lazy<Gazetteer>(() => Gazetteer.ParseCached(places, citiesText)), regions);
            }),
        new("paired-quotes", [], ["mark", "start"], ["paragraph", "blockquote", "list-item", "headline", "deck", "subhead", "caption"],
            _ => new PairedQuotesCheck()),
        new("terminal-punctuation", ["paragraphs", "sentences"], ["unit", "word"], ["paragraph"],
            options =>
            {
                var paragraphs = options.GetBool("paragraphs", true);
                var sentences = options.GetBool("sentences", false);
                if (!paragraphs && !sentences) options.Invalid("sentences", "a terminal-punctuation check needs 'paragraphs', 'sentences' or both to be true");
                return options.HasErrors ? null : new TerminalPunctuationCheck(paragraphs, sentences);
            }),
        new("existence", ["tokens", "patterns", "exceptions", "ignorecase"], ["match"], ["paragraph"],
            options =>
            {
                var ignoreCase = options.GetBool("ignorecase", false);
                var tokens = options.GetStringList("tokens");
                var patterns = options.GetPatternList("patterns", ignoreCase);
                var exceptions = options.GetExceptions();
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
        new("substitution", ["swap", "regex", "exceptions", "ignorecase"], ["match", "expected"], ["paragraph", "list-item", "blockquote"],
            options =>
            {
                var ignoreCase = options.GetBool("ignorecase", false);
                var isRegex = options.GetBool("regex", false);
                var swap = options.GetMapping("swap");
                var exceptions = options.GetExceptions();
                if (swap.Count == 0 && !options.HasErrors)
                {
                    options.Fail("swap", "a substitution check needs 'swap': a mapping of observed text to what to write instead");
                    return null;
                }

                var entries = new List<SubstitutionCheck.Entry>();
                var patterns = new List<string>();
                foreach (var pair in swap)
                {
                    var pattern = isRegex ? pair.Key : ExistenceCheck.Combine([pair.Key], [])!;
                    var own = isRegex ? RegexFactory.TryCreateForShortText("^(?:" + pattern + ")$", ignoreCase, out _) : null;
                    if (isRegex && own is null)
                    {
                        options.CompileRegex("swap", pattern, ignoreCase);
                        continue;
                    }

                    patterns.Add(pattern);
                    entries.Add(new SubstitutionCheck.Entry(own, pair.Value));
                }

                if (options.HasErrors) return null;
                var regex = options.CompileRegex("swap", SubstitutionCheck.Combine(patterns), ignoreCase);
                return regex is null ? null : new SubstitutionCheck(regex, entries, exceptions, ignoreCase);
            }),
        new("occurrence", ["tokens", "patterns", "exceptions", "ignorecase", "min", "max", "per"], ["count", "min", "max", "match"], ["paragraph"],
            options =>
            {
                var ignoreCase = options.GetBool("ignorecase", false);
                var tokens = options.GetStringList("tokens");
                var patterns = options.GetPatternList("patterns", ignoreCase);
                var exceptions = options.GetStringList("exceptions");
                var min = options.GetNumber("min", 0, int.MaxValue);
                var max = options.GetNumber("max", 0, int.MaxValue);
                var per = options.GetString("per", "segment", ["segment", "article"]);
                var combined = ExistenceCheck.Combine(tokens, patterns);
                if (combined is null) options.Fail("tokens", "an occurrence check needs 'tokens' or 'patterns' to count");
                if (min is null && max is null) options.Fail("max", "an occurrence check needs 'min', 'max' or both");
                if (min is { } lo && max is { } hi && lo > hi) options.Invalid("min", "'min' must not be greater than 'max'");
                if (options.HasErrors || combined is null) return null;
                var regex = options.CompileRegex("patterns", combined, ignoreCase);
                return regex is null ? null : new OccurrenceCheck(regex, exceptions, ignoreCase, (int?)min, (int?)max, per == "article");
            }),
        new("repetition", ["exceptions", "ignorecase"], ["match"], ["paragraph", "list-item", "blockquote", "headline", "deck", "subhead", "caption"],
            options => new RepetitionCheck(options.GetStringList("exceptions"), options.GetBool("ignorecase", true))),
        new("consistency", ["sets", "ignorecase", "prefer"], ["match", "first"], ["headline", "deck", "subhead", "paragraph", "list-item", "blockquote", "caption"],
            options =>
            {
                var ignoreCase = options.GetBool("ignorecase", false);
                var prefer = options.GetString("prefer", "majority", ConsistencyCheck.Preferences);
                var sets = options.GetListOfLists("sets", 2);
                if (sets.Count == 0 && !options.HasErrors)
                {
                    options.Fail("sets", "a consistency check needs 'sets': a list of lists of forms, such as [[US, U.S.], [percent, per cent]]");
                    return null;
                }

                var forms = new Dictionary<string, (int Set, string Form)>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
                for (var i = 0; i < sets.Count; i++)
                {
                    foreach (var form in sets[i])
                    {
                        if (forms.ContainsKey(form)) options.Invalid("sets", $"'{form}' appears in 'sets' more than once");
                        else forms[form] = (i, form);
                    }
                }

                if (options.HasErrors) return null;

                // Longest first, so "per cent" is not read as "per" when both are forms.
                var combined = ExistenceCheck.Combine([.. forms.Keys.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)], [])!;
                var regex = options.CompileRegex("sets", combined, ignoreCase);
                return regex is null ? null : new ConsistencyCheck(regex, forms, prefer != "first");
            }),
        new("conditional", ["first", "second", "exceptions"], ["match"], ["paragraph", "list-item", "blockquote"],
            options =>
            {
                var first = options.GetRegex("first") ?? (options.HasErrors ? null : options.CompileRegex("first", ConditionalCheck.DefaultFirst, false));
                var second = options.GetRegex("second") ?? (options.HasErrors ? null : options.CompileRegex("second", ConditionalCheck.DefaultSecond, false));
                var exceptions = options.GetStringList("exceptions");
                return options.HasErrors || first is null || second is null ? null : new ConditionalCheck(first, second, new HashSet<string>(exceptions, StringComparer.Ordinal));
            }),
        new("capitalization", ["style", "exceptions"], ["match", "expected", "style"], ["headline", "subhead"],
            options =>
            {
                var style = options.GetString("style", null, CapitalizationCheck.Styles);
                var exceptions = options.GetExceptions();
                if (style is null && !options.HasErrors) options.Fail("style", $"a capitalization check needs 'style'; allowed values: {string.Join(", ", CapitalizationCheck.Styles)}");
                return options.HasErrors || style is null ? null : new CapitalizationCheck(style, exceptions);
            }),
        new("metric", ["formula", "min", "max", "per", "min-words"], ["value", "formula", "min", "max", "words", "sentences"], ["paragraph"],
            options =>
            {
                var text = options.GetString("formula");
                var min = options.GetNumber("min", -1000, 1000);
                var max = options.GetNumber("max", -1000, 1000);
                var per = options.GetString("per", "segment", ["segment", "article"]);
                var minWords = options.GetInt("min-words", 1, 0, 100_000);
                if (text is null)
                {
                    options.Fail("formula", $"a metric check needs 'formula': one of {string.Join(", ", MetricFormula.Named.Keys)}, or an expression over {string.Join(", ", TextStatistics.Variables.Keys)}");
                    return null;
                }

                var formula = MetricFormula.TryParse(text, out var error);
                if (formula is null) options.Invalid("formula", $"'formula' does not parse: {error}");
                if (min is null && max is null) options.Fail("max", "a metric check needs 'min', 'max' or both");
                return options.HasErrors || formula is null ? null : new MetricCheck(formula, min, max, per == "article", minWords);
            }),
        new("duplicate-text", ["min-words"], ["text", "problem", "line"], ["paragraph", "blockquote", "list-item", "boilerplate", "subhead", "caption"],
            options => new DuplicateTextCheck(options.GetInt("min-words", 8, 1, 1000))),
        new("dash-spacing", ["style"], ["match", "first"], ["paragraph", "list-item", "blockquote", "caption", "subhead", "boilerplate"],
            options => new DashSpacingCheck(options.GetString("style", "majority", DashSpacingCheck.Styles)!)),
        new("dateline-form", [], ["problem"], ["dateline"],
            _ => new DatelineFormCheck()),
        new("missing-headline", [], ["first"], ["headline"],
            _ => new MissingHeadlineCheck()),
        new("byline-form", [], ["problem"], ["byline"],
            _ => new BylineFormCheck()),
        new("weekday-date", [], ["weekday", "date", "actual"], ["paragraph", "headline", "deck", "subhead", "list-item", "blockquote", "caption", "byline"],
            _ => new WeekdayDateCheck()),
        new("name-variants", [], ["name", "first"], ["paragraph", "blockquote", "list-item", "caption"],
            _ => new NameVariantsCheck()),
        new("quote-style", [], ["mark", "style"], ["subhead", "paragraph", "list-item", "blockquote"],
            _ => new QuoteStyleCheck()),
        new("double-space", [], ["count"], ["paragraph", "list-item", "blockquote", "headline", "subhead", "caption", "byline"],
            _ => new DoubleSpaceCheck()),
        new("vocabulary", ["ignorecase"], ["match"], ["paragraph", "list-item", "blockquote", "headline", "deck", "subhead", "caption"],
            options =>
            {
                var ignoreCase = options.GetBool("ignorecase", true);
                var combined = ExistenceCheck.Combine(options.Vocabulary.Reject, []);
                if (combined is null)
                {
                    options.Fail("kind", $"a vocabulary rule needs the pack's {Vocabulary.RejectPath}: one banned term a line");
                    return null;
                }

                var regex = options.CompileRegex("kind", combined, ignoreCase);
                return regex is null ? null : new ExistenceCheck(regex, options.Vocabulary.Accept, ignoreCase);
            }),
        new("copyright-year", [], ["year", "current", "problem"], ["footer", "paragraph"],
            _ => new CopyrightYearCheck()),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Kinds.Keys.OrderBy(k => k, StringComparer.Ordinal)];

    /// <summary>Looks a kind up by name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out CheckKind? kind) => Kinds.TryGetValue(name, out kind);
}

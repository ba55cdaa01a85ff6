using Lint.Articles;

namespace Lint.Rules;

/// <summary>
/// Which text a rule reads. Kind names (headline, paragraph, front-matter.title …) select segments; a leading "!"
/// (or the loader's <c>not:</c> form) removes them, and negations alone start from every part of the article.
/// Unit names split the selected segments (paragraph, blockquote and list-item when no kind is named): sentence,
/// quotation (the words inside quotation marks), outside-quotation (the segment with its quotations blanked, also
/// written "!quotation"); raw is the whole text, unmasked.
/// </summary>
public sealed class RuleScope
{
    private static readonly Dictionary<string, SegmentKind> Names = new(StringComparer.Ordinal)
    {
        ["headline"] = SegmentKind.Headline,
        ["deck"] = SegmentKind.Deck,
        ["byline"] = SegmentKind.Byline,
        ["dateline"] = SegmentKind.Dateline,
        ["subhead"] = SegmentKind.Subhead,
        ["paragraph"] = SegmentKind.Paragraph,
        ["list-item"] = SegmentKind.ListItem,
        ["blockquote"] = SegmentKind.Blockquote,
        ["caption"] = SegmentKind.Caption,
        ["table"] = SegmentKind.Table,
        ["footer"] = SegmentKind.Footer,
        ["boilerplate"] = SegmentKind.Boilerplate,
        ["front-matter"] = SegmentKind.FrontMatterField,
    };

    /// <summary>The scope unit names: they split segments rather than select them.</summary>
    public static IReadOnlyList<string> UnitNames { get; } = ["outside-quotation", "quotation", "raw", "sentence"];

    // Everything that is the article: the dateline lies inside its paragraph and boilerplate is not the article.
    private static readonly SegmentKind[] Everything =
    [
        SegmentKind.Headline, SegmentKind.Deck, SegmentKind.Byline, SegmentKind.Subhead, SegmentKind.Paragraph, SegmentKind.ListItem,
        SegmentKind.Blockquote, SegmentKind.Caption, SegmentKind.Footer, SegmentKind.FrontMatterField,
    ];

    private static readonly SegmentKind[] Body = [SegmentKind.Paragraph, SegmentKind.ListItem, SegmentKind.Blockquote];

    private readonly ulong _kinds;
    private readonly HashSet<string> _fields;
    private readonly HashSet<string> _excludedFields;
    private readonly bool _sentences;
    private readonly bool _inside;
    private readonly bool _outside;
    private readonly bool _raw;

    private RuleScope(HashSet<SegmentKind> kinds, HashSet<string> fields, HashSet<string> excludedFields, HashSet<string> units, IReadOnlyList<string> names)
    {
        // A bit per kind: Includes runs for every segment and every rule.
        foreach (var kind in kinds) _kinds |= 1UL << (int)kind;
        _fields = fields;
        _excludedFields = excludedFields;
        _sentences = units.Contains("sentence");
        _inside = units.Contains("quotation");
        _outside = units.Contains("outside-quotation");
        _raw = units.Contains("raw");
        ScopeNames = names;
    }

    /// <summary>The scope names the rule gave, for listings.</summary>
    public IReadOnlyList<string> ScopeNames { get; }

    /// <summary>The scope names a rule file may use; each but the units may be negated with a leading "!".</summary>
    public static IReadOnlyList<string> AllowedNames { get; } =
        [.. Names.Keys.Concat(UnitNames).OrderBy(k => k, StringComparer.Ordinal), "front-matter.<field>", "!<name>"];

    /// <summary>Builds a scope from names; returns false with the first unknown (or not negatable) name.</summary>
    public static bool TryCreate(IReadOnlyList<string> names, out RuleScope scope, out string unknown)
    {
        var kinds = new HashSet<SegmentKind>();
        var excluded = new HashSet<SegmentKind>();
        var fields = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var excludedFields = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var units = new HashSet<string>(StringComparer.Ordinal);
        var positive = false;
        scope = null!;
        foreach (var raw in names)
        {
            var negated = raw.StartsWith("!", StringComparison.Ordinal);
            var name = negated ? raw.Substring(1).Trim() : raw;
            unknown = raw;
            if (UnitNames.Contains(name, StringComparer.Ordinal))
            {
                // "!quotation" is the reporter's prose; negating the other units means nothing.
                if (negated && name != "quotation") return false;
                units.Add(negated ? "outside-quotation" : name);
                continue;
            }

            SegmentKind kind;
            string? field = null;
            if (Names.TryGetValue(name, out kind))
            {
                if (kind == SegmentKind.FrontMatterField) field = "*";
            }
            else if (name.StartsWith("front-matter.", StringComparison.Ordinal) && name.Length > "front-matter.".Length)
            {
                kind = SegmentKind.FrontMatterField;
                field = name.Substring("front-matter.".Length);
            }
            else
            {
                return false;
            }

            if (negated)
            {
                if (field is null or "*") excluded.Add(kind);
                else excludedFields.Add(field);
            }
            else
            {
                positive = true;
                kinds.Add(kind);
                if (field is not null) fields.Add(field);
            }
        }

        if (!positive)
        {
            var start = units.Count > 0 && names.All(n => !n.StartsWith("!", StringComparison.Ordinal) || n == "!quotation") ? Body : Everything;
            foreach (var kind in start) kinds.Add(kind);
            fields.Add("*");
        }

        kinds.ExceptWith(excluded);
        scope = new RuleScope(kinds, fields, excludedFields, units, names);
        unknown = string.Empty;
        return true;
    }

    /// <summary>Whether the rule reads <paramref name="segment"/> (or a part of it).</summary>
    public bool Includes(Segment segment)
    {
        if ((_kinds & (1UL << (int)segment.Kind)) == 0) return false;
        if (segment.Kind != SegmentKind.FrontMatterField) return true;
        if (_excludedFields.Contains(segment.Name)) return false;
        return _fields.Contains("*") || _fields.Contains(segment.Name);
    }

    /// <summary>The text the rule reads in <paramref name="article"/>, in text order.</summary>
    public IEnumerable<Segment> Select(Article article)
    {
        if (_raw)
        {
            yield return article.Raw;
            if (!_sentences && !_inside && !_outside) yield break;
        }

        var segments = article.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!Includes(segment)) continue;
            if (!_sentences && !_inside && !_outside && !_raw)
            {
                yield return segment;
                continue;
            }

            var parts = new List<Segment>();
            if (_sentences) parts.AddRange(article.SentencesOf(segment));
            if (_inside) parts.AddRange(article.QuotationsOf(segment));
            if (_outside) parts.Add(article.OutsideQuotations(segment));
            if (parts.Count > 1) parts.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            foreach (var part in parts) yield return part;
        }
    }
}

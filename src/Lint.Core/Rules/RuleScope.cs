using Lint.Articles;

namespace Lint.Rules;

/// <summary>Which segments a rule reads: a set of segment kinds and front-matter fields, possibly negated ("not: …").</summary>
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
        ["footer"] = SegmentKind.Footer,
        ["boilerplate"] = SegmentKind.Boilerplate,
        ["front-matter"] = SegmentKind.FrontMatterField,
    };

    private readonly HashSet<SegmentKind> _kinds;
    private readonly HashSet<string> _fields;

    private RuleScope(HashSet<SegmentKind> kinds, HashSet<string> fields, IReadOnlyList<string> names)
    {
        _kinds = kinds;
        _fields = fields;
        this.ScopeNames = names;
    }

    /// <summary>The scope names the rule gave, for listings.</summary>
    public IReadOnlyList<string> ScopeNames { get; }

    /// <summary>The scope names a rule file may use.</summary>
    public static IReadOnlyList<string> AllowedNames { get; } = [.. Names.Keys.OrderBy(k => k, StringComparer.Ordinal), "front-matter.<field>"];

    /// <summary>Builds a scope from names; returns false with the first unknown name.</summary>
    public static bool TryCreate(IReadOnlyList<string> names, out RuleScope scope, out string unknown)
    {
        var kinds = new HashSet<SegmentKind>();
        var fields = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (Names.TryGetValue(name, out var kind))
            {
                kinds.Add(kind);
                if (kind == SegmentKind.FrontMatterField) fields.Add("*");
            }
            else if (name.StartsWith("front-matter.", StringComparison.Ordinal) && name.Length > "front-matter.".Length)
            {
                kinds.Add(SegmentKind.FrontMatterField);
                fields.Add(name.Substring("front-matter.".Length));
            }
            else
            {
                scope = null!;
                unknown = name;
                return false;
            }
        }

        scope = new RuleScope(kinds, fields, names);
        unknown = string.Empty;
        return true;
    }

    /// <summary>Whether the rule reads <paramref name="segment"/>.</summary>
    public bool Includes(Segment segment)
    {
        if (!_kinds.Contains(segment.Kind)) return false;
        return segment.Kind != SegmentKind.FrontMatterField || _fields.Contains("*") || _fields.Contains(segment.Name);
    }
}

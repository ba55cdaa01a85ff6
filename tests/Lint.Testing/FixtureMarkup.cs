using System.Text;
using System.Text.RegularExpressions;
using Lint.Rules;
using Lint.Text;

namespace Lint.Testing;

/// <summary>A finding a fixture expects: a rule and the span it flags.</summary>
public sealed record ExpectedFinding(string RuleId, TextSpan Span);

/// <summary>
/// The span markup of rule examples (<see cref="SpanMarkup"/>, <c>[|…|]</c>) with the rule named after the opening
/// bracket, for whole articles that several rules read: <c>[ED2002|week|]</c> expects ED2002 on "week",
/// <c>[ED2002||]</c> an insertion point, <c>[ED1002,ED1003|…|]</c> two rules on the same span. Every mark names its
/// rule; marks do not nest.
/// </summary>
public static partial class FixtureMarkup
{
    /// <summary>Removes the marks; returns the plain text and the findings they mark, in text order.</summary>
    /// <exception cref="FormatException">A mark without a rule, nested marks, or an unclosed one.</exception>
    public static (string Text, IReadOnlyList<ExpectedFinding> Findings) Parse(string marked)
    {
        var rules = new List<string[]>();
        var plain = Opening().Replace(marked, m =>
        {
            rules.Add(m.Groups["rules"].Value.Split(','));
            return "[|";
        });
        var (text, spans) = SpanMarkup.Parse(plain);
        if (spans.Count != rules.Count) throw new FormatException("a mark without a rule: write [RULE|…|], e.g. [ED2002|week|]");
        var findings = spans.Zip(rules, (span, ids) => ids.Select(id => new ExpectedFinding(id, span))).SelectMany(f => f)
            .OrderBy(f => f.Span.Start).ThenBy(f => f.Span.End).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        return (text, findings);
    }

    /// <summary>Writes <paramref name="findings"/> into <paramref name="text"/> as marks: what a fixture would say to expect them.</summary>
    public static string Mark(string text, IEnumerable<ExpectedFinding> findings)
    {
        var sb = new StringBuilder(text);
        var marks = findings.GroupBy(f => f.Span)
            .Select(g => (Span: g.Key, Rules: string.Join(",", g.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal))))
            .OrderByDescending(m => m.Span.Start).ThenByDescending(m => m.Span.End);
        foreach (var (span, rules) in marks)
        {
            sb.Insert(span.End, "|]");
            sb.Insert(span.Start, "[" + rules + "|");
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\[(?<rules>[A-Z]{2,}[0-9]{3,}(?:,[A-Z]{2,}[0-9]{3,})*)\|")]
    private static partial Regex Opening();
}

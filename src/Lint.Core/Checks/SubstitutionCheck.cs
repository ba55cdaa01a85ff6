using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>substitution</c>: an observed word or pattern should be written as one of its suggestions ("teh" → "the",
/// "alot" → "a lot" or "allot"). Keys are literal and word-bounded, or regular expressions with <c>regex: true</c>,
/// whose capture groups the suggestions can use ($1, ${name}). Each suggestion is a fix, in the case of the text it
/// replaces. All keys are combined into one expression, so a rule costs one pass over each segment.
/// </summary>
internal sealed class SubstitutionCheck : ICheck
{
    private const string GroupPrefix = "lintswap";

    /// <summary>One observed form and what to write instead.</summary>
    /// <param name="Own">The key's own expression, anchored, to expand capture groups; null for a literal key.</param>
    /// <param name="Suggestions">Replacements, in the rule's order.</param>
    public sealed record Entry(Regex? Own, IReadOnlyList<string> Suggestions);

    private readonly Pattern _pattern;
    private readonly IReadOnlyList<Entry> _entries;
    private readonly IReadOnlyCollection<string> _exceptions;
    private readonly StringComparer _comparer;

    /// <summary>Creates the check from the combined expression (see <see cref="Combine"/>) and its entries in key order.</summary>
    public SubstitutionCheck(Regex regex, IReadOnlyList<Entry> entries, IReadOnlyCollection<string> exceptions, bool ignoreCase)
    {
        _pattern = Pattern.From(regex);
        _entries = entries;
        _exceptions = exceptions;
        _comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    }

    /// <summary>One alternation with a named group per key, so a match says which key it was.</summary>
    public static string Combine(IReadOnlyList<string> patterns) =>
        string.Join("|", patterns.Select((p, i) => $"(?<{GroupPrefix}{i}>{p})"));

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var segment in context.Segments)
        {
            foreach (var match in segment.Matches(_pattern))
            {
                if (match.Length == 0) continue;
                var value = match.Value;
                if (_exceptions.Contains(value, _comparer)) continue;
                var entry = Which(match);
                if (entry is null) continue;
                var own = entry.Own?.Match(value);
                var suggestions = entry.Suggestions
                    .Select(s => CaseMatch.Apply(own is { Success: true } ? own.Result(s) : s, value))
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (suggestions.Contains(value, StringComparer.Ordinal)) continue;
                var span = match.Span;
                context.Report(span, new Dictionary<string, string>
                {
                    ["match"] = value,
                    ["expected"] = string.Join(" or ", suggestions.Select(s => "\"" + s + "\"")).Trim('"'),
                }, [.. suggestions.Select(s => new Fix($"Replace {value} with {s}", [new Replacement(span, s)])
                {
                    // With more than one suggestion, which one is right is the writer's call.
                    Safety = suggestions.Count == 1 ? FixSafety.Safe : FixSafety.Unsafe,
                })]);
            }
        }
    }

    private Entry? Which(SegmentMatch match)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (match.Group(GroupPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Success) return _entries[i];
        }

        return null;
    }
}

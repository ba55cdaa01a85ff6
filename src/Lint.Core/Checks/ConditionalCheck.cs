using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>conditional</c>: a term found by <c>first</c> (by default an acronym such as "WHO") must be introduced by
/// <c>second</c> (by default its spelled-out form, "World Health Organization (WHO)") before, or at, its first use in
/// the scope. The key of a match is its first capture group, or the whole match. Only the first use of each key is
/// flagged; the dateline ("PARIS (AP) —") is never read as an acronym.
/// </summary>
internal sealed class ConditionalCheck(Regex first, Regex second, IReadOnlyCollection<string> exceptions) : ICheck
{
    private readonly Pattern _first = Pattern.From(first);
    private readonly Pattern _second = Pattern.From(second);

    /// <summary>An acronym: two to six capitals or digits, starting with a capital.</summary>
    public const string DefaultFirst = @"\b[A-Z][A-Z0-9]{1,5}s?\b";

    /// <summary>Capitalised words (with small words between them) and the acronym in parentheses.</summary>
    public const string DefaultSecond = @"\b(?:[A-Z][\w’'\-]*[ ]+(?:(?:of|for|and|the|on|in|to|de|du|des)[ ]+)*){1,10}\(([A-Z][A-Z0-9]{1,5}s?)\)";

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var segments = context.Segments.ToList();
        var definedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var definitions = new List<TextSpan>();
        foreach (var segment in segments)
        {
            foreach (var match in segment.Matches(_second))
            {
                var key = Key(match);
                var span = match.Span;
                definitions.Add(span);
                if (!definedAt.ContainsKey(key)) definedAt[key] = span.Start;
            }
        }

        var datelines = context.Article.Segments.Where(s => s.Kind == SegmentKind.Dateline).Select(s => s.Span).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            foreach (var match in segment.Matches(_first))
            {
                var key = Key(match);
                var span = match.Span;
                if (match.Length == 0 || exceptions.Contains(key) || datelines.Any(d => d.Start <= span.Start && span.End <= d.End)) continue;
                if (!seen.Add(key)) continue;
                if (definitions.Any(d => d.Start <= span.Start && span.End <= d.End)) continue;
                if (definedAt.TryGetValue(key, out var at) && at <= span.Start) continue;
                context.Report(span, new Dictionary<string, string> { ["match"] = key });
            }
        }
    }

    private static string Key(SegmentMatch match) => match.Group(1) is { Success: true } group ? group.Value : match.Value;
}

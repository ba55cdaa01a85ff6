using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>occurrence</c>: counts the matches of tokens or patterns per segment of the scope (or in the whole
/// article with <c>per: article</c>) and flags fewer than <c>min</c> or more than <c>max</c>. Too many is reported at
/// the first match over the limit, where the excess starts; too few at the segment (the first one for the article).
/// </summary>
internal sealed class OccurrenceCheck(Regex regex, IReadOnlyCollection<string> exceptions, bool ignoreCase, int? min, int? max, bool perArticle) : ICheck
{
    private readonly Pattern _pattern = Pattern.From(regex);

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var matches = new List<SegmentMatch>();
        Segment? first = null;
        foreach (var segment in context.Segments)
        {
            if (segment.FirstContentIndex() < 0) continue;
            first ??= segment;
            foreach (var match in segment.Matches(_pattern))
            {
                if (match.Length > 0 && !exceptions.Contains(match.Value, comparer)) matches.Add(match);
            }

            if (!perArticle)
            {
                Judge(context, segment, matches);
                matches.Clear();
            }
        }

        if (perArticle && first is not null) Judge(context, first, matches);
    }

    private void Judge(CheckContext context, Segment segment, List<SegmentMatch> matches)
    {
        if (max is { } most && matches.Count > most)
        {
            var match = matches[most];
            context.Report(match.Span, Arguments(matches.Count, match.Value));
        }
        else if (min is { } least && matches.Count < least)
        {
            var start = segment.FirstContentIndex();
            var span = segment.SourceSpan(start, segment.LastContentIndex() + 1);
            context.Report(span, Arguments(matches.Count, string.Empty));
        }
    }

    private Dictionary<string, string> Arguments(int count, string match) => new()
    {
        ["count"] = count.ToString(CultureInfo.InvariantCulture),
        ["min"] = min?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        ["max"] = max?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        ["match"] = match,
    };
}

using System.Globalization;
using Lint.Articles;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>metric</c>: a readability formula (see <see cref="MetricFormula"/>) computed per segment of the scope, or
/// over the whole article with <c>per: article</c>, must stay within <c>min</c> and <c>max</c>. Text shorter than
/// <c>min-words</c> is not judged: a grade for a one-line paragraph says nothing.
/// </summary>
internal sealed class MetricCheck(MetricFormula formula, double? min, double? max, bool perArticle, int minWords) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        TextStatistics? total = null;
        Segment? first = null;
        foreach (var segment in context.Segments)
        {
            if (segment.FirstContentIndex() < 0) continue;
            var statistics = TextStatistics.Measure(segment.Content);
            if (perArticle)
            {
                first ??= segment;
                total = total is null ? statistics : total.Add(statistics);
            }
            else
            {
                Judge(context, segment, statistics);
            }
        }

        if (perArticle && first is not null && total is not null) Judge(context, first, total);
    }

    private void Judge(CheckContext context, Segment segment, TextStatistics statistics)
    {
        if (statistics.Words < Math.Max(1, minWords)) return;
        var value = formula.Evaluate(statistics);
        if (double.IsNaN(value) || double.IsInfinity(value)) return;
        if (!(max is { } most && value > most) && !(min is { } least && value < least)) return;
        var span = segment.SourceSpan(segment.FirstContentIndex(), segment.LastContentIndex() + 1);
        context.Report(span, new Dictionary<string, string>
        {
            ["value"] = value.ToString("0.0", CultureInfo.InvariantCulture),
            ["formula"] = formula.Name,
            ["min"] = min?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["max"] = max?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["words"] = statistics.Words.ToString(CultureInfo.InvariantCulture),
            ["sentences"] = statistics.Sentences.ToString(CultureInfo.InvariantCulture),
        });
    }
}

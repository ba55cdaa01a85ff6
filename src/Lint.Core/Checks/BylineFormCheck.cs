using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>byline-form</c>: the byline starts with a capital "By"; a middle initial takes a period ("Richard A.
/// Reagan"); and the writer's title does not run into the organisation's name without a comma ("Chief International
/// Correspondent, Worthy News"). Each problem is its own finding, with a fix.
/// </summary>
internal sealed partial class BylineFormCheck : ICheck
{
    private const string LowerByPattern = @"^by(?=\s)";

    [GeneratedRegex(LowerByPattern, RegexOptions.CultureInvariant)]
    private static partial Regex LowerByRegex { get; }

    private const string BareInitialPattern = @"(?<=\p{Lu}\p{Ll}+ )(\p{Lu})(?= \p{Lu}\p{Ll})";

    [GeneratedRegex(BareInitialPattern, RegexOptions.CultureInvariant)]
    private static partial Regex BareInitialRegex { get; }

    private const string TitleRunsOnPattern =
        @"\b(?:Correspondent|Reporter|Editor|Writer|Columnist|Contributor|Producer|Photographer|Analyst)(?<gap> )(?=\p{Lu}\p{L}+)";

    [GeneratedRegex(TitleRunsOnPattern, RegexOptions.CultureInvariant)]
    private static partial Regex TitleRunsOnRegex { get; }

    private static readonly Pattern LowerBy = Pattern.From(LowerByRegex);
    private static readonly Pattern BareInitial = Pattern.From(BareInitialRegex);
    private static readonly Pattern TitleRunsOn = Pattern.From(TitleRunsOnRegex);

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var segment in context.Segments)
        {
            if (segment.Kind != SegmentKind.Byline) continue;
            var first = segment.FirstContentIndex();
            if (first < 0) continue;

            // The byline from its first word: "by" is read at the start.
            var byline = segment.Slice(TextSpan.FromBounds(first, segment.Length));
            foreach (var by in byline.Matches(LowerBy))
            {
                var span = by.Span;
                Report(context, span, "starts with a lower-case \"by\"", "Capitalise By", new Replacement(span, "By"));
            }

            foreach (var initial in byline.Matches(BareInitial))
            {
                var span = initial.Span;
                Report(context, span, $"has the middle initial \"{initial.Value}\" without a period", "Add the period", new Replacement(new TextSpan(span.End, 0), "."));
            }

            foreach (var title in byline.Matches(TitleRunsOn))
            {
                // "Chief International Correspondent Worthy News": a comma belongs between title and organisation.
                var gap = title.Group("gap");
                var span = byline.SourceSpan(title.Index, title.End - gap.Length);
                Report(context, span, $"runs the title \"{title.Value.Trim()}\" into the organisation's name without a comma", "Add a comma", new Replacement(new TextSpan(span.End, 0), ","));
            }
        }
    }

    private static void Report(CheckContext context, TextSpan span, string problem, string fix, Replacement replacement) =>
        context.Report(span, new Dictionary<string, string> { ["problem"] = problem }, [new Fix(fix, [replacement])]);
}

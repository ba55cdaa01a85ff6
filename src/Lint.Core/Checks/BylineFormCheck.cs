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
public sealed partial class BylineFormCheck : ICheck
{
    private const string LowerByPattern = @"^by(?=\s)";

#if NET7_0_OR_GREATER
    [GeneratedRegex(LowerByPattern, RegexOptions.CultureInvariant)]
    private static partial Regex LowerBy { get; }
#else
    private static Regex LowerBy { get; } = new(LowerByPattern, RegexOptions.CultureInvariant);
#endif

    private const string BareInitialPattern = @"(?<=\p{Lu}\p{Ll}+ )(\p{Lu})(?= \p{Lu}\p{Ll})";

#if NET7_0_OR_GREATER
    [GeneratedRegex(BareInitialPattern, RegexOptions.CultureInvariant)]
    private static partial Regex BareInitial { get; }
#else
    private static Regex BareInitial { get; } = new(BareInitialPattern, RegexOptions.CultureInvariant);
#endif

    private const string TitleRunsOnPattern =
        @"\b(?:Correspondent|Reporter|Editor|Writer|Columnist|Contributor|Producer|Photographer|Analyst)(?<gap> )(?=\p{Lu}\p{L}+)";

#if NET7_0_OR_GREATER
    [GeneratedRegex(TitleRunsOnPattern, RegexOptions.CultureInvariant)]
    private static partial Regex TitleRunsOn { get; }
#else
    private static Regex TitleRunsOn { get; } = new(TitleRunsOnPattern, RegexOptions.CultureInvariant);
#endif

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var segment in context.Segments)
        {
            if (segment.Kind != SegmentKind.Byline) continue;
            var content = segment.Content;
            var first = segment.FirstContentIndex();
            if (first < 0) continue;
            var text = content.Substring(first);
            var by = LowerBy.Match(text);
            if (by.Success)
            {
                var span = segment.SourceSpan(first, first + 2);
                Report(context, span, "starts with a lower-case \"by\"", "Capitalise By", new Replacement(span, "By"));
            }

            foreach (Match initial in BareInitial.Matches(text))
            {
                var span = segment.SourceSpan(first + initial.Index, first + initial.Index + 1);
                Report(context, span, $"has the middle initial \"{initial.Value}\" without a period", "Add the period", new Replacement(new TextSpan(span.End, 0), "."));
            }

            foreach (Match title in TitleRunsOn.Matches(text))
            {
                // "Chief International Correspondent Worthy News": a comma belongs between title and organisation.
                var gap = title.Groups["gap"];
                var span = segment.SourceSpan(first + title.Index, first + title.Index + title.Length - gap.Length);
                Report(context, span, $"runs the title \"{title.Value.Trim()}\" into the organisation's name without a comma", "Add a comma", new Replacement(new TextSpan(span.End, 0), ","));
            }
        }
    }

    private static void Report(CheckContext context, TextSpan span, string problem, string fix, Replacement replacement) =>
        context.Report(span, new Dictionary<string, string> { ["problem"] = problem }, [new Fix(fix, [replacement])]);
}

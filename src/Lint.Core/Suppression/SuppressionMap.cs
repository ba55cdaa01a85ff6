using System.Text.RegularExpressions;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Suppression;

/// <summary>
/// In-text control: <c>&lt;!-- lint-disable ED2002 --&gt;</c> until <c>&lt;!-- lint-enable ED2002 --&gt;</c> (or the end),
/// and <c>&lt;!-- lint-disable-next-line ED2002 --&gt;</c>. With no ids, the directive covers every rule. Findings
/// under a directive are kept and marked suppressed, so SARIF can report them as such.
/// </summary>
public sealed partial class SuppressionMap
{
    private const string DirectivePattern =
        @"<!--\s*lint-(?<verb>disable-next-line|disable-line|disable|enable)\b(?<ids>[^>]*?)-->";

#if NET7_0_OR_GREATER
    [GeneratedRegex(DirectivePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Directive { get; }
#else
    private static Regex Directive { get; } = new(DirectivePattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
#endif

    private const string IdPattern = @"[A-Za-z]{2,8}\d{3,5}";

#if NET7_0_OR_GREATER
    [GeneratedRegex(IdPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Id { get; }
#else
    private static Regex Id { get; } = new(IdPattern, RegexOptions.CultureInvariant);
#endif

    private readonly List<(int Start, int End, HashSet<string>? Ids, HashSet<string> Except, TextSpan Directive)> _ranges = [];

    private SuppressionMap()
    {
    }

    /// <summary>Whether the text has any directive at all.</summary>
    public bool IsEmpty => _ranges.Count == 0;

    /// <summary>Reads the directives in <paramref name="source"/>.</summary>
    public static SuppressionMap Create(SourceText source)
    {
        var map = new SuppressionMap();
        var text = source.Text;
        if (text.IndexOf("lint-", StringComparison.Ordinal) < 0) return map;
        var open = new List<(int Start, HashSet<string>? Ids, HashSet<string> Except, TextSpan Directive)>();
        var none = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Directive.Matches(text))
        {
            var ids = Id.Matches(match.Groups["ids"].Value).Cast<Match>().Select(m => m.Value.ToUpperInvariant()).ToList();
            var set = ids.Count == 0 ? null : new HashSet<string>(ids, StringComparer.Ordinal);
            var span = new TextSpan(match.Index, match.Length);
            var line = source.Lines.GetLineIndex(match.Index);
            switch (match.Groups["verb"].Value)
            {
                case "disable":
                    open.Add((match.Index, set, none, span));
                    break;
                case "enable":
                    // Re-enabling some rules closes the open ranges and reopens them for the rules still disabled.
                    for (var k = open.Count - 1; k >= 0; k--)
                    {
                        var (openStart, openIds, openExcept, openDirective) = open[k];
                        if (set is not null && openIds is not null && !openIds.Overlaps(set)) continue;
                        map._ranges.Add((openStart, match.Index, openIds, openExcept, openDirective));
                        open.RemoveAt(k);
                        if (set is null) continue;
                        if (openIds is null) open.Add((match.Index, null, new HashSet<string>(openExcept.Concat(set), StringComparer.Ordinal), openDirective));
                        else if (openIds.Except(set).ToList() is { Count: > 0 } rest) open.Add((match.Index, new HashSet<string>(rest, StringComparer.Ordinal), none, openDirective));
                    }

                    break;
                case "disable-line":
                    map._ranges.Add((source.Lines.GetLineStart(line), source.Lines.GetLineEnd(line, text), set, none, span));
                    break;
                case "disable-next-line":
                    // The next line with text on it: a directive on its own line covers the paragraph below.
                    var next = line + 1;
                    while (next < source.Lines.LineCount && source.Lines.GetLineEnd(next, text) == source.Lines.GetLineStart(next)) next++;
                    if (next < source.Lines.LineCount)
                        map._ranges.Add((source.Lines.GetLineStart(next), source.Lines.GetLineEnd(next, text), set, none, span));
                    break;
            }
        }

        foreach (var (start, ids, except, directive) in open) map._ranges.Add((start, text.Length, ids, except, directive));
        return map;
    }

    /// <summary>The diagnostic, marked suppressed when a directive covers its start; engine errors (ED0xxx) never are.</summary>
    public LintDiagnostic Apply(LintDiagnostic diagnostic)
    {
        if (diagnostic.RuleId.StartsWith("ED0", StringComparison.Ordinal)) return diagnostic;
        foreach (var (start, end, ids, except, directive) in _ranges)
        {
            if (diagnostic.Span.Start < start || diagnostic.Span.Start > end) continue;
            if (ids is not null && !ids.Contains(diagnostic.RuleId)) continue;
            if (except.Contains(diagnostic.RuleId)) continue;
            return diagnostic with { Suppression = new Diagnostics.Suppression("Disabled in the text by a lint-disable comment", directive) };
        }

        return diagnostic;
    }
}

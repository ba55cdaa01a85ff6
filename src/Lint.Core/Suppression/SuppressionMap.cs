using System.Text.RegularExpressions;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Suppression;

/// <summary>
/// In-text control: <c>&lt;!-- lint-disable ED2002 --&gt;</c> until <c>&lt;!-- lint-enable ED2002 --&gt;</c> (or the end),
/// and <c>&lt;!-- lint-disable-next-line ED2002 --&gt;</c>. With no ids, the directive covers every rule. Findings
/// under a directive are kept and marked suppressed, so SARIF can report them as such.
/// </summary>
public sealed class SuppressionMap
{
    private static readonly Regex Directive = new(
        @"<!--\s*lint-(?<verb>disable-next-line|disable-line|disable|enable)\b(?<ids>[^>]*?)-->",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex Id = new(@"[A-Za-z]{2,8}\d{3,5}", RegexOptions.CultureInvariant);

    private readonly List<(int Start, int End, HashSet<string>? Ids, TextSpan Directive)> _ranges = [];

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
        var open = new List<(int Start, HashSet<string>? Ids, TextSpan Directive)>();
        foreach (Match match in Directive.Matches(text))
        {
            var ids = Id.Matches(match.Groups["ids"].Value).Cast<Match>().Select(m => m.Value.ToUpperInvariant()).ToList();
            var set = ids.Count == 0 ? null : new HashSet<string>(ids, StringComparer.Ordinal);
            var span = new TextSpan(match.Index, match.Length);
            var line = source.Lines.GetLineIndex(match.Index);
            switch (match.Groups["verb"].Value)
            {
                case "disable":
                    open.Add((match.Index, set, span));
                    break;
                case "enable":
                    for (var k = open.Count - 1; k >= 0; k--)
                    {
                        if (set is not null && open[k].Ids is not null && !open[k].Ids!.Overlaps(set)) continue;
                        map._ranges.Add((open[k].Start, match.Index, open[k].Ids, open[k].Directive));
                        open.RemoveAt(k);
                    }

                    break;
                case "disable-line":
                    map._ranges.Add((source.Lines.GetLineStart(line), source.Lines.GetLineEnd(line, text), set, span));
                    break;
                case "disable-next-line":
                    // The next line with text on it: a directive on its own line covers the paragraph below.
                    var next = line + 1;
                    while (next < source.Lines.LineCount && source.Lines.GetLineEnd(next, text) == source.Lines.GetLineStart(next)) next++;
                    if (next < source.Lines.LineCount)
                        map._ranges.Add((source.Lines.GetLineStart(next), source.Lines.GetLineEnd(next, text), set, span));
                    break;
            }
        }

        foreach (var (start, ids, directive) in open) map._ranges.Add((start, text.Length, ids, directive));
        return map;
    }

    /// <summary>The diagnostic, marked suppressed when a directive covers its start.</summary>
    public LintDiagnostic Apply(LintDiagnostic diagnostic)
    {
        foreach (var (start, end, ids, directive) in _ranges)
        {
            if (diagnostic.Span.Start < start || diagnostic.Span.Start > end) continue;
            if (ids is not null && !ids.Contains(diagnostic.RuleId)) continue;
            return diagnostic with { Suppression = new Diagnostics.Suppression("Disabled in the text by a lint-disable comment", directive) };
        }

        return diagnostic;
    }
}

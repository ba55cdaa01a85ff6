using Lint.Diagnostics;
using Lint.Loading;
using Lint.Text;

namespace Lint.Suppression;

/// <summary>
/// In-text control: <c>&lt;!-- lint-disable ED2002 --&gt;</c> until <c>&lt;!-- lint-enable ED2002 --&gt;</c> (or the end),
/// and <c>&lt;!-- lint-disable-next-line ED2002 --&gt;</c>. Rules are named by id or by name (<c>doubled-word</c>),
/// separated by commas or spaces, and a description may follow <c>--</c>. Only a directive with no rule at all covers
/// every rule: a name that is not a loaded rule (a typo, a rule of a pack not loaded) is reported at its line and
/// covers nothing, so a typo never switches the whole file off. Findings under a directive are kept and marked
/// suppressed, so SARIF can report them as such.
/// </summary>
internal sealed class SuppressionMap
{
    private readonly List<(int Start, int End, HashSet<string>? Ids, HashSet<string> Except, TextSpan Directive)> _ranges = [];

    private SuppressionMap()
    {
    }

    /// <summary>Whether the text has any directive at all.</summary>
    public bool IsEmpty => _ranges.Count == 0;

    /// <summary>Directives that name rules not loaded (ED0012, at the name), to be reported with the findings.</summary>
    public IReadOnlyList<LintDiagnostic> Problems => _problems;

    private readonly List<LintDiagnostic> _problems = [];

    /// <summary>
    /// Reads the directives in <paramref name="source"/>; <paramref name="resolve"/> turns a rule id or name into the
    /// loaded rule's id, or null when no loaded rule has it.
    /// </summary>
    public static SuppressionMap Create(SourceText source, Func<string, string?> resolve)
    {
        var map = new SuppressionMap();
        var text = source.Text;
        if (text.IndexOf("lint-", StringComparison.Ordinal) < 0) return map;
        var open = new List<(int Start, HashSet<string>? Ids, HashSet<string> Except, TextSpan Directive)>();
        var none = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in Directives(text))
        {
            var set = map.Names(source, text.Substring(directive.Names, directive.End - 3 - directive.Names), directive.Names, resolve);
            if (set is { Count: 0 }) continue; // only unknown names: reported, and nothing is disabled or enabled
            var span = new TextSpan(directive.Start, directive.End - directive.Start);
            var line = source.Lines.GetLineIndex(directive.Start);
            switch (directive.Verb)
            {
                case "disable":
                    open.Add((directive.Start, set, none, span));
                    break;
                case "enable":
                    // Re-enabling some rules closes the open ranges and reopens them for the rules still disabled.
                    for (var k = open.Count - 1; k >= 0; k--)
                    {
                        var (openStart, openIds, openExcept, openDirective) = open[k];
                        if (set is not null && openIds is not null && !openIds.Overlaps(set)) continue;
                        map._ranges.Add((openStart, directive.Start, openIds, openExcept, openDirective));
                        open.RemoveAt(k);
                        if (set is null) continue;
                        if (openIds is null) open.Add((directive.Start, null, new HashSet<string>(openExcept.Concat(set), StringComparer.Ordinal), openDirective));
                        else if (openIds.Except(set).ToList() is { Count: > 0 } rest) open.Add((directive.Start, new HashSet<string>(rest, StringComparer.Ordinal), none, openDirective));
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

    private static readonly string[] Verbs = ["disable-next-line", "disable-line", "disable", "enable"];

    /// <summary>
    /// The directives <c>&lt;!-- lint-VERB NAMES --&gt;</c>, in one pass: the names hold no <c>&gt;</c> and no
    /// <c>&lt;!--</c>, so a directive ends at the first <c>&gt;</c> after its verb, found once for all the openings before it. (A lazy expression
    /// searched to the end of the text for each opening left unclosed: quadratic on a line of them.)
    /// </summary>
    private static IEnumerable<(int Start, string Verb, int Names, int End)> Directives(string text)
    {
        var nextGreater = -1;
        var nextOpen = -1;
        for (var i = text.IndexOf("<!--", StringComparison.Ordinal); i >= 0; i = text.IndexOf("<!--", i + 4, StringComparison.Ordinal))
        {
            var j = i + 4;
            while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
            if (string.CompareOrdinal(text, j, "lint-", 0, 5) != 0) continue;
            j += 5;
            var verb = Verbs.FirstOrDefault(v => string.CompareOrdinal(text, j, v, 0, v.Length) == 0
                && (j + v.Length == text.Length || !(char.IsLetterOrDigit(text[j + v.Length]) || text[j + v.Length] == '_')));
            if (verb is null) continue;
            var names = j + verb.Length;
            if (nextGreater != int.MaxValue && nextGreater < names)
            {
                nextGreater = text.IndexOf('>', names);
                if (nextGreater < 0) nextGreater = int.MaxValue;
            }

            if (nextGreater == int.MaxValue) yield break;
            if (nextGreater - 2 < names || text[nextGreater - 1] != '-' || text[nextGreater - 2] != '-') continue;

            // A comment left open ends at the next one's opening: it does not swallow the directive after it.
            if (nextOpen != int.MaxValue && nextOpen < names)
            {
                nextOpen = text.IndexOf("<!--", names, StringComparison.Ordinal);
                if (nextOpen < 0) nextOpen = int.MaxValue;
            }

            if (nextOpen < nextGreater) continue;
            yield return (i, verb, names, nextGreater + 1);
            i = nextGreater + 1 - 4;
        }
    }

    /// <summary>
    /// The rule ids a directive names (null when it names none, which means every rule); each name that is not a
    /// loaded rule is reported. Names end where a description starts (<c>--</c>).
    /// </summary>
    private HashSet<string>? Names(SourceText source, string list, int at, Func<string, string?> resolve)
    {
        var description = list.IndexOf("--", StringComparison.Ordinal);
        if (description >= 0) list = list.Substring(0, description);
        HashSet<string>? ids = null;
        for (var i = 0; i < list.Length;)
        {
            if (list[i] == ',' || char.IsWhiteSpace(list[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < list.Length && list[i] != ',' && !char.IsWhiteSpace(list[i])) i++;
            var name = list.Substring(start, i - start);
            ids ??= new HashSet<string>(StringComparer.Ordinal);
            if (resolve(name) is { } id)
            {
                ids.Add(id);
                continue;
            }

            var span = new TextSpan(at + start, name.Length);
            _problems.Add(new LintDiagnostic(EngineRules.InvalidConfiguration.Id, EngineRules.InvalidConfiguration.DefaultSeverity,
                $"'{name}' in this lint directive is not the id or name of a loaded rule, so the directive does not apply to it; check the spelling", span, source.GetLineSpan(span)));
        }

        return ids;
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

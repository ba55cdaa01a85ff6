using System.Text;
using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Fixing;

/// <summary>
/// Applies the findings' fixes to an article's text. Each finding offers its first fix (the preferred one); a fix is
/// taken when the options allow it and none of its replacements overlaps or touches one already taken, in a fixed
/// order (by where it starts, then where it ends, rule id and description), so the same findings always give the same
/// text. The text is then linted again and fixed again (a fix left out for an overlap gets its turn) until nothing is
/// left to apply, up to <see cref="FixOptions.MaxPasses"/>. Nothing outside the replacements changes: no line ending,
/// no space, no markup.
/// </summary>
public static class Fixer
{
    /// <summary>Fixes <paramref name="source"/> with <paramref name="linter"/> and the file's <paramref name="configuration"/>.</summary>
    public static FixResult Run(Linter linter, SourceText source, LintConfiguration configuration, FixOptions options, ArticleFormat? format = null)
    {
        if (linter is null) throw new ArgumentNullException(nameof(linter));
        return Run(source, s => linter.Lint(s, configuration, format), options);
    }

    /// <summary>Fixes <paramref name="source"/>, linting each pass's text with <paramref name="lint"/>.</summary>
    public static FixResult Run(SourceText source, Func<SourceText, IReadOnlyList<LintDiagnostic>> lint, FixOptions options)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        if (lint is null) throw new ArgumentNullException(nameof(lint));
        if (options is null) throw new ArgumentNullException(nameof(options));
        var applied = new List<AppliedFix>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { source.Text };
        var current = source;
        for (var pass = 1; ; pass++)
        {
            var findings = lint(current);
            var chosen = Choose(current.Text, findings, options);
            if (chosen.Count == 0) return Result(FixEnd.Settled);
            if (pass > Math.Max(1, options.MaxPasses)) return Result(FixEnd.PassLimit);
            foreach (var (finding, fix) in chosen) applied.Add(new AppliedFix(finding.RuleId, fix.Description, finding.Location, pass));
            current = new SourceText(Apply(current.Text, chosen.Select(c => c.Fix)), source.Path);
            if (!seen.Add(current.Text)) return new FixResult(current.Text, applied, lint(current), FixEnd.Cycle) { Changed = Changed() };

            FixResult Result(FixEnd end) => new(current.Text, applied, findings, end) { Changed = Changed() };
        }

        bool Changed() => !ReferenceEquals(current.Text, source.Text) && !string.Equals(current.Text, source.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The fixes one pass applies to <paramref name="text"/>: each finding's first fix, when allowed, well formed and
    /// clear of every fix taken before it, in the order described on <see cref="Fixer"/>.
    /// </summary>
    public static IReadOnlyList<(LintDiagnostic Finding, Fix Fix)> Choose(string text, IReadOnlyList<LintDiagnostic> findings, FixOptions options)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (findings is null) throw new ArgumentNullException(nameof(findings));
        if (options is null) throw new ArgumentNullException(nameof(options));
        var candidates = new List<(LintDiagnostic Finding, Fix Fix, int Start, int End)>();
        foreach (var finding in findings)
        {
            if (finding.Suppression is not null || finding.Fixes.Count == 0) continue;
            if (options.Include is { } include && !include(finding)) continue;
            var fix = finding.Fixes[0];
            if (!options.Allows(fix) || !WellFormed(text, fix)) continue;
            candidates.Add((finding, fix, fix.Replacements.Min(r => r.Span.Start), fix.Replacements.Max(r => r.Span.End)));
        }

        candidates.Sort((a, b) =>
        {
            var c = a.Start.CompareTo(b.Start);
            if (c == 0) c = a.End.CompareTo(b.End);
            if (c == 0) c = string.CompareOrdinal(a.Finding.RuleId, b.Finding.RuleId);
            if (c == 0) c = string.CompareOrdinal(a.Fix.Description, b.Fix.Description);
            return c;
        });

        // The spans taken so far, sorted by start and apart from each other, so that a fix is tested against its neighbours only.
        var taken = new List<TextSpan>();
        var chosen = new List<(LintDiagnostic, Fix)>();
        foreach (var (finding, fix, _, _) in candidates)
        {
            if (fix.Replacements.Any(r => Conflicts(taken, r.Span))) continue;
            foreach (var replacement in fix.Replacements) taken.Insert(InsertionPoint(taken, replacement.Span), replacement.Span);
            chosen.Add((finding, fix));
        }

        return chosen;
    }

    /// <summary>
    /// <paramref name="text"/> with the replacements of <paramref name="fixes"/> made, which must not overlap. A line
    /// break in a replacement is written as the text writes its lines (CRLF stays CRLF).
    /// </summary>
    public static string Apply(string text, IEnumerable<Fix> fixes)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (fixes is null) throw new ArgumentNullException(nameof(fixes));
        var replacements = fixes.SelectMany(f => f.Replacements).OrderBy(r => r.Span.Start).ThenBy(r => r.Span.End).ToList();
        var newline = NewlineOf(text);
        var result = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var replacement in replacements)
        {
            if (replacement.Span.Start < at) throw new ArgumentException("the fixes overlap", nameof(fixes));
            result.Append(text, at, replacement.Span.Start - at);
            result.Append(WithNewline(replacement.NewText, newline));
            at = replacement.Span.End;
        }

        result.Append(text, at, text.Length - at);
        return result.ToString();
    }

    /// <summary>
    /// A fix whose spans lie in the text, apart from each other, and do not cut a CRLF pair or a surrogate pair in two:
    /// one that does (a check's mistake) is never applied.
    /// </summary>
    private static bool WellFormed(string text, Fix fix)
    {
        var spans = fix.Replacements.Select(r => r.Span).OrderBy(s => s.Start).ToList();
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Start < 0 || span.Length < 0 || span.End > text.Length) return false;
            if (Cuts(text, span.Start) || Cuts(text, span.End)) return false;
            if (i > 0 && spans[i - 1].End > span.Start) return false;
        }

        return spans.Count > 0;
    }

    private static bool Cuts(string text, int offset) =>
        offset > 0 && offset < text.Length && ((text[offset - 1] == '\r' && text[offset] == '\n') || (char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset])));

    /// <summary>Whether <paramref name="span"/> overlaps or touches a span in <paramref name="taken"/>: two edits at one place wait a pass.</summary>
    private static bool Conflicts(List<TextSpan> taken, TextSpan span)
    {
        var i = InsertionPoint(taken, span);
        return (i > 0 && taken[i - 1].End >= span.Start) || (i < taken.Count && taken[i].Start <= span.End);
    }

    private static int InsertionPoint(List<TextSpan> taken, TextSpan span)
    {
        int low = 0, high = taken.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (taken[mid].Start < span.Start || (taken[mid].Start == span.Start && taken[mid].End <= span.End)) low = mid + 1;
            else high = mid;
        }

        return low;
    }

    /// <summary>How the text ends its first line: CRLF, CR or LF (LF when it has one line).</summary>
    private static string NewlineOf(string text)
    {
        var i = text.IndexOfAny(['\r', '\n']);
        if (i < 0 || text[i] == '\n') return "\n";
        return i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : "\r";
    }

    private static string WithNewline(string replacement, string newline)
    {
        if (replacement.IndexOfAny(['\r', '\n']) < 0) return replacement;
        return replacement.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", newline);
    }
}

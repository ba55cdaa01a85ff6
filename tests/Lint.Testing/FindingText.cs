using System.Text.RegularExpressions;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Testing;

/// <summary>
/// Findings as text instead of line and column: each finding is its rule, the flagged text marked ⟦…⟧ in a few words
/// of the line around it, and its message, e.g.
/// <code>
/// ED1001 "⟦RYADH⟧/ISTANBUL/BUDAPEST (Worthy…" Dateline city "RYADH" is not a known place; did you mean RIYADH?
/// ED2002 "…could have covered half the ⟦cost⟧" Paragraph ends without terminal punctuation after "cost"
/// ED2002 "…the vote⟦⟧" (an empty span: an insertion point)
/// </code>
/// The context stops at a line break (so no "…" there means the line starts or ends there) and is cut at a word
/// boundary, at most <see cref="DefaultContext"/> characters each side unless asked otherwise. A long span, and long
/// text the message quotes, are shortened in the middle to the width asked for (twice the context unless asked
/// otherwise). Text is escaped as by <see cref="Excerpt.Escape"/>.
/// </summary>
public static partial class FindingText
{
    /// <summary>The characters of context shown on each side of the flagged text, unless asked otherwise.</summary>
    public const int DefaultContext = 24;

    /// <summary>One line per finding of <paramref name="diagnostics"/> over <paramref name="source"/>, in text order.</summary>
    public static string Render(SourceText source, IEnumerable<LintDiagnostic> diagnostics, int context = DefaultContext, int? width = null) =>
        string.Concat(Lines(source, diagnostics, context, width).Select(l => l + "\n"));

    /// <summary>The lines of <see cref="Render"/>, in text order (then by rule).</summary>
    public static IReadOnlyList<string> Lines(SourceText source, IEnumerable<LintDiagnostic> diagnostics, int context = DefaultContext, int? width = null) =>
        [.. diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .Select(d => Line(source.Text, d.RuleId, d.Span, d.Message, context, width))];

    /// <summary>One finding: <c>RULE "…context ⟦flagged⟧ context…" message</c>.</summary>
    public static string Line(string text, string ruleId, TextSpan span, string message, int context = DefaultContext, int? width = null)
    {
        var quoteWidth = width ?? Math.Max(2 * context, 20);
        var shown = Quoted().Replace(message, m => m.Groups["open"].Value + Excerpt.Shorten(m.Groups["text"].Value, quoteWidth) + m.Groups["close"].Value);
        return $"{ruleId} \"{Mark(text, span, context, width)}\" {Excerpt.Escape(shown)}";
    }

    /// <summary>
    /// The text of <paramref name="span"/> marked ⟦…⟧ (shortened to <paramref name="width"/>) with up to
    /// <paramref name="context"/> characters of its line on each side.
    /// </summary>
    public static string Mark(string text, TextSpan span, int context = DefaultContext, int? width = null)
    {
        var start = span.Start;
        var limit = Math.Max(0, start - context);
        while (start > limit && !IsLineBreak(text[start - 1])) start--;
        var cutBefore = start > 0 && !IsLineBreak(text[start - 1]);
        if (cutBefore)
        {
            // Start at a word: after the first space of the window, when there is one before the span.
            var space = text.IndexOf(' ', start, span.Start - start);
            if (space >= 0) start = space + 1;
        }

        var end = span.End;
        limit = Math.Min(text.Length, end + context);
        while (end < limit && !IsLineBreak(text[end])) end++;
        var cutAfter = end < text.Length && !IsLineBreak(text[end]);
        if (cutAfter && end > span.End)
        {
            var space = text.LastIndexOf(' ', end - 1, end - span.End);
            if (space >= 0) end = space;
        }

        return (cutBefore ? "…" : string.Empty)
            + Excerpt.Escape(text[start..span.Start])
            + "⟦" + Excerpt.Shorten(text.Substring(span.Start, span.Length), width ?? Math.Max(2 * context, 20)) + "⟧"
            + Excerpt.Escape(text[span.End..end])
            + (cutAfter ? "…" : string.Empty);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r';

    /// <summary>Text a message quotes, in straight or curly double quotes.</summary>
    [GeneratedRegex("(?<open>[\"“])(?<text>[^\"“”]+)(?<close>[\"”])")]
    private static partial Regex Quoted();
}

using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>quote-style</c>: quotation marks are either all typographic (“ ” ‘ ’) or all straight (" '), and so are
/// apostrophes; the two are judged apart, since straight apostrophes with curly quotation marks is a consistent house
/// style. In each, the style three in five or more of its marks in the scope take is the article's, and every mark of the
/// other style is flagged, with the matching mark of the article's style as its fix. Where neither style has such a
/// majority, all the marks of the body decide together; where they are even, the other kind of mark, then the first.
/// </summary>
/// <remarks>
/// Counting rather than taking the first mark matters on real copy: one straight mark in a headline taken from page
/// metadata, or in a caption, would otherwise turn every correct mark of the body into a finding and its fix into a
/// mistake. The default scope is the body (paragraphs, list items, block quotations, subheads) for the same reason.
/// </remarks>
internal sealed class QuoteStyleCheck : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        // Two passes over the marks: count each style, then flag the one fewer marks use.
        var counts = new int[4];
        bool? first = null;
        var doubledSeen = false;
        Visit(context, (apostrophe, curly, _, _, doubled) =>
        {
            doubledSeen |= doubled;
            if (doubled) return;
            counts[Slot(apostrophe, curly)]++;
            first ??= curly;
        });
        // Each kind of mark by its own clear majority; a kind split nearly evenly by all the marks of the body.
        var all = Winner(counts[Slot(false, true)] + counts[Slot(true, true)], counts[Slot(false, false)] + counts[Slot(true, false)]);
        var curlyQuotes = ClearWinner(counts[Slot(false, true)], counts[Slot(false, false)]) ?? all;
        var curlyApostrophes = ClearWinner(counts[Slot(true, true)], counts[Slot(true, false)]) ?? all;

        // A fix is certain only where the kind of mark has a style of its own, two in three of its marks or more: in a
        // near tie, or with the style borrowed from the other kind, which mark is the slip is the writer's call.
        var sureOfQuotes = Sure(counts[Slot(false, true)], counts[Slot(false, false)]);
        var sureOfApostrophes = Sure(counts[Slot(true, true)], counts[Slot(true, false)]);
        // Marks typed twice and no other mark: they are curly, and so is the article's style.
        curlyQuotes ??= curlyApostrophes ?? first ?? (doubledSeen ? true : null);
        curlyApostrophes ??= curlyQuotes;
        if (curlyQuotes is null) return;

        Visit(context, (apostrophe, curly, segment, i, doubled) =>
        {
            var style = apostrophe ? curlyApostrophes : curlyQuotes;
            if (style is not { } expected || (curly == expected && !doubled)) return;
            var content = segment.Text;
            var span = segment.SourceSpan(i, i + (doubled ? 2 : 1));
            var replacement = doubled ? DoubledCounterpart(content[i], apostrophe, expected) : Counterpart(content, i, expected);
            context.Report(span, new Dictionary<string, string>
            {
                ["mark"] = content.Slice(i, doubled ? 2 : 1).ToString(),
                ["style"] = (expected ? "typographic" : "straight") + (apostrophe ? " apostrophes" : " quotation marks"),
            }, replacement is null ? [] : [new Fix($"Use {replacement}", [new Replacement(span, replacement)])
            {
                Safety = doubled || (apostrophe ? sureOfApostrophes : sureOfQuotes) ? FixSafety.Safe : FixSafety.Unsafe,
            }]);
        });
    }

    private static int Slot(bool apostrophe, bool curly) => (apostrophe ? 2 : 0) + (curly ? 1 : 0);

    /// <summary>True when typographic marks are more, false when straight ones are, null when they are even.</summary>
    private static bool Sure(int curly, int straight) => Math.Max(curly, straight) >= 2 * Math.Min(curly, straight) && curly != straight;

    private static bool? Winner(int curly, int straight) => curly == straight ? null : curly > straight;

    /// <summary>
    /// The style three in five or more of the marks take, else null: 16 curly apostrophes against 15 straight ones say
    /// little on their own, and the rest of the body's marks decide.
    /// </summary>
    private static bool? ClearWinner(int curly, int straight) =>
        curly * 5 >= (curly + straight) * 3 && curly > straight ? true
        : straight * 5 >= (curly + straight) * 3 && straight > curly ? false
        : null;

    /// <summary>
    /// Calls <paramref name="visit"/> for every quotation mark and apostrophe in the scope: whether it is an apostrophe,
    /// whether it is curly, where it is, and whether it is a single mark doubled ("’’" closing a quotation, "visitors’’s"),
    /// which is a slip whatever the article's style.
    /// </summary>
    private static void Visit(CheckContext context, Action<bool, bool, Articles.Segment, int, bool> visit)
    {
        foreach (var segment in context.Segments)
        {
            var content = segment.Text;
            for (var i = QuoteMarks.Next(content, 0); i >= 0; i = QuoteMarks.Next(content, i + 1))
            {
                var c = content[i];
                if (c is '’' or '‘' && i + 1 < content.Length && content[i + 1] == c)
                {
                    // Letters on both sides: an apostrophe typed twice; else two singles standing for a double mark.
                    var between = i > 0 && char.IsLetter(content[i - 1]) && i + 2 < content.Length && char.IsLetter(content[i + 2]);
                    visit(between, true, segment, i, true);
                    i++;
                    continue;
                }

                var isCurly = c is '“' or '”' or '‘' or '’';
                var isStraight = (c is '"' || (c == '\'' && i > 0 && i + 1 < content.Length && (char.IsLetter(content[i - 1]) || char.IsLetter(content[i + 1]))))
                    && !IsPrime(content, i);
                if (!isCurly && !isStraight) continue;
                visit(c is '\'' or '’' && IsApostrophe(content, i), isCurly, segment, i, false);
            }
        }
    }

    /// <summary>Russia’s, 1990’s, players’ union, ’90s: before a letter, after a plural s, or before a decade.</summary>
    private static bool IsApostrophe(ReadOnlySpan<char> content, int i)
    {
        var prev = i > 0 ? content[i - 1] : ' ';
        var next = i + 1 < content.Length ? content[i + 1] : ' ';
        return (char.IsLetterOrDigit(prev) && char.IsLetter(next)) || (prev is 's' or 'S' && char.IsWhiteSpace(next)) || (char.IsWhiteSpace(prev) && char.IsDigit(next));
    }

    /// <summary>A straight mark after a figure is a measure (a 65" screen, 5'10"), not a quotation mark or an apostrophe.</summary>
    private static bool IsPrime(ReadOnlySpan<char> content, int i)
    {
        if (i == 0 || !char.IsDigit(content[i - 1])) return false;
        var next = i + 1 < content.Length ? content[i + 1] : ' ';
        return !char.IsLetter(next);
    }

    /// <summary>What a doubled single mark stands for in the article's style: one apostrophe, or a double quotation mark.</summary>
    private static string DoubledCounterpart(char mark, bool apostrophe, bool toCurly) =>
        apostrophe ? (toCurly ? "’" : "'")
        : !toCurly ? "\""
        : mark == '‘' ? "“" : "”";

    private static string? Counterpart(ReadOnlySpan<char> content, int i, bool toCurly)
    {
        var c = content[i];
        if (!toCurly) return c is '“' or '”' ? "\"" : "'";
        var prev = i > 0 ? content[i - 1] : ' ';
        var opening = char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–';
        return c == '"' ? (opening ? "“" : "”") : opening ? "‘" : "’";
    }
}

using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// Splits plain text into blocks: one block a line, except that lines of a hard-wrapped paragraph are joined.
/// News sites publish one paragraph a line, with or without blank lines between (both kinds are in the seeds),
/// so a line break alone never joins two paragraphs unless the text is evidently wrapped.
/// </summary>
internal static partial class PlainTextReader
{
    private const string ListMarkerPattern = @"^(?:[•·▪◦‣●○■□►➢✓✔*\-–]|\d{1,3}[.)])\s+\S";

#if NET7_0_OR_GREATER
    [GeneratedRegex(ListMarkerPattern, RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker { get; }
#else
    private static Regex ListMarker { get; } = new(ListMarkerPattern, RegexOptions.CultureInvariant);
#endif
    private const string SeparatorLinePattern = @"^[_\-=*~#]{3,}$";

#if NET7_0_OR_GREATER
    [GeneratedRegex(SeparatorLinePattern, RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorLine { get; }
#else
    private static Regex SeparatorLine { get; } = new(SeparatorLinePattern, RegexOptions.CultureInvariant);
#endif
    private const string CommentOnlyPattern = @"^<!--.*-->$";

#if NET7_0_OR_GREATER
    [GeneratedRegex(CommentOnlyPattern, RegexOptions.CultureInvariant)]
    private static partial Regex CommentOnly { get; }
#else
    private static Regex CommentOnly { get; } = new(CommentOnlyPattern, RegexOptions.CultureInvariant);
#endif
    private const string InlineCommentPattern = @"<!--.*?-->";

#if NET7_0_OR_GREATER
    [GeneratedRegex(InlineCommentPattern, RegexOptions.CultureInvariant)]
    private static partial Regex InlineComment { get; }
#else
    private static Regex InlineComment { get; } = new(InlineCommentPattern, RegexOptions.CultureInvariant);
#endif

    private sealed record Line(int Start, int End, int Group, BlockHint Hint, string Text);

    public static List<RawBlock> Read(SourceText source)
    {
        var text = source.Text;
        var lines = new List<Line>();
        var group = 0;
        var previousBlank = true;
        for (var i = 0; i < source.Lines.LineCount; i++)
        {
            var start = source.Lines.GetLineStart(i);
            var end = source.Lines.GetLineEnd(i, text);
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            var content = text.Substring(start, end - start);
            if (content.Length == 0 || CommentOnly.IsMatch(content))
            {
                previousBlank = true;
                continue;
            }

            if (previousBlank) group++;
            previousBlank = false;
            var hint = SeparatorLine.IsMatch(content) ? BlockHint.Separator
                : ListMarker.IsMatch(content) ? BlockHint.ListItem
                : BlockHint.Text;
            lines.Add(new Line(start, end, group, hint, content));
        }

        var blocks = new List<RawBlock>();
        var wrapped = IsHardWrapped(lines);
        foreach (var groupLines in lines.GroupBy(l => l.Group).Select(g => g.ToList()))
        {
            var index = 0;
            while (index < groupLines.Count)
            {
                var last = index;
                while (last + 1 < groupLines.Count && Continues(groupLines[last], groupLines[last + 1], wrapped)) last++;
                var span = TextSpan.FromBounds(groupLines[index].Start, groupLines[last].End);
                var content = text.Substring(span.Start, span.Length);
                if (content.IndexOf("<!--", StringComparison.Ordinal) >= 0)
                    content = InlineComment.Replace(content, m => new string(' ', m.Length));
                blocks.Add(new RawBlock(groupLines[index].Hint, span, content)
                {
                    Group = groupLines[index].Group,
                    StandsAlone = groupLines.Count == 1,
                });
                index = last + 1;
            }
        }

        return blocks;
    }

    private static bool Continues(Line previous, Line next, bool wrapped)
    {
        if (previous.Hint != BlockHint.Text || next.Hint != BlockHint.Text) return false;
        if (wrapped)
        {
            // In wrapped copy a line ends wherever the editor broke it; only headings stand on their own.
            return !TextShape.IsTitleCase(previous.Text) && !TextShape.IsAllUpper(previous.Text) && previous.Text.Length >= 30;
        }

        if (TextShape.EndsWithTerminal(previous.Text) || previous.Text.EndsWith(":", StringComparison.Ordinal)) return false;
        return char.IsLower(next.Text[0]);
    }

    /// <summary>
    /// Whether the whole text is hard-wrapped (an editor broke lines at a fixed width). In wrapped copy most lines
    /// that run on within a block end mid-sentence and none is long; in one-paragraph-a-line copy (seed 001, with no
    /// blank lines at all) nearly every such line ends with a stop. One line break alone never joins paragraphs.
    /// </summary>
    private static bool IsHardWrapped(List<Line> lines)
    {
        var runOn = 0;
        var midSentence = 0;
        var longest = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            longest = Math.Max(longest, lines[i].Text.Length);
            if (i + 1 >= lines.Count || lines[i + 1].Group != lines[i].Group || lines[i].Hint != BlockHint.Text) continue;
            runOn++;
            if (!TextShape.EndsWithTerminal(lines[i].Text)) midSentence++;
        }

        return longest <= 120 && runOn >= 4 && midSentence * 10 >= runOn * 6;
    }
}

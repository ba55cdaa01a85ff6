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

    /// <summary>A line's bounds without its surrounding white space: its text is read from the source only when needed.</summary>
    private readonly record struct Line(int Start, int End, int Group, BlockHint Hint)
    {
        public int Length => End - Start;
    }

    /// <summary>
    /// The blocks of <paramref name="source"/>, in text order, made as they are read (the lines are found first: whether
    /// the text is hard-wrapped depends on all of them). Inline HTML comments are blanked in one copy of the text,
    /// made only when there is a comment at all; every block reads its content in place from it or from the text.
    /// <paramref name="most"/> is how many blocks there can be (one a line).
    /// </summary>
    public static IEnumerable<RawBlock> Read(SourceText source, out int most)
    {
        var text = source.Text;
        var lines = new List<Line>();
        char[]? masked = null;
        var group = 0;
        var previousBlank = true;
        for (var i = 0; i < source.Lines.LineCount; i++)
        {
            var start = source.Lines.GetLineStart(i);
            var end = source.Lines.GetLineEnd(i, text);
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end == start || IsMatch(CommentOnly, text, start, end))
            {
                previousBlank = true;
                continue;
            }

            if (previousBlank) group++;
            previousBlank = false;
            var hint = IsMatch(SeparatorLine, text, start, end) ? BlockHint.Separator
                : IsMatch(ListMarker, text, start, end) ? BlockHint.ListItem
                : BlockHint.Text;
            lines.Add(new Line(start, end, group, hint));

            // A comment never spans lines ("." stops at a line break), so blanking line by line is blanking block by block.
            if (text.IndexOf("<!--", start, end - start, StringComparison.Ordinal) >= 0)
            {
                masked ??= text.ToCharArray();
                for (var match = InlineComment.Match(text, start, end - start); match.Success; match = match.NextMatch())
                {
                    for (var k = match.Index; k < match.Index + match.Length; k++) masked[k] = ' ';
                }
            }
        }

        most = lines.Count;
        return Blocks(masked is null ? text : new string(masked), text, lines);
    }

    private static IEnumerable<RawBlock> Blocks(string buffer, string text, List<Line> lines)
    {
        var wrapped = IsHardWrapped(text, lines);
        var first = 0;
        while (first < lines.Count)
        {
            // The lines of one group (a run between blank lines) are lines[first..afterGroup).
            var afterGroup = first + 1;
            while (afterGroup < lines.Count && lines[afterGroup].Group == lines[first].Group) afterGroup++;
            var index = first;
            while (index < afterGroup)
            {
                var last = index;
                while (last + 1 < afterGroup && Continues(text, lines[last], lines[last + 1], wrapped)) last++;
                var span = TextSpan.FromBounds(lines[index].Start, lines[last].End);
                yield return new RawBlock(lines[index].Hint, span, buffer, span.Start)
                {
                    Group = lines[index].Group,
                    StandsAlone = afterGroup - first == 1,
                };
                index = last + 1;
            }

            first = afterGroup;
        }
    }

    private static bool IsMatch(Regex regex, string text, int start, int end) =>
#if NET7_0_OR_GREATER
        regex.IsMatch(text.AsSpan(start, end - start));
#else
        regex.IsMatch(text.Substring(start, end - start));
#endif

    private static bool Continues(string text, Line previous, Line next, bool wrapped)
    {
        if (previous.Hint != BlockHint.Text || next.Hint != BlockHint.Text) return false;
        if (wrapped)
        {
            // In wrapped copy a line ends wherever the editor broke it; only headings stand on their own.
            if (previous.Length < 30) return false;
            var line = text.Substring(previous.Start, previous.Length);
            return !TextShape.IsTitleCase(line) && !TextShape.IsAllUpper(line);
        }

        if (EndsWithTerminal(text, previous) || text[previous.End - 1] == ':') return false;
        return char.IsLower(text[next.Start]);
    }

    /// <summary>
    /// Whether the whole text is hard-wrapped (an editor broke lines at a fixed width). In wrapped copy most lines
    /// that run on within a block end mid-sentence and none is long; in one-paragraph-a-line copy (seed 001, with no
    /// blank lines at all) nearly every such line ends with a stop. One line break alone never joins paragraphs.
    /// </summary>
    private static bool IsHardWrapped(string text, List<Line> lines)
    {
        var runOn = 0;
        var midSentence = 0;
        var longest = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            longest = Math.Max(longest, lines[i].Length);
            if (i + 1 >= lines.Count || lines[i + 1].Group != lines[i].Group || lines[i].Hint != BlockHint.Text) continue;
            runOn++;
            if (!EndsWithTerminal(text, lines[i])) midSentence++;
        }

        return longest <= 120 && runOn >= 4 && midSentence * 10 >= runOn * 6;
    }

    /// <summary><see cref="TextShape.EndsWithTerminal"/> for a line, which has no white space at its ends.</summary>
    private static bool EndsWithTerminal(string text, Line line)
    {
        var i = line.End - 1;
        while (i >= line.Start && TextShape.IsCloser(text[i])) i--;
        return i >= line.Start && TextShape.IsSentenceEnd(text[i]);
    }
}

using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// Splits plain text into blocks: one block a line, except that lines of a hard-wrapped paragraph are joined.
/// News sites publish one paragraph a line, with or without blank lines between (both kinds are in the seeds),
/// so a line break alone never joins two paragraphs unless the text is evidently wrapped.
/// </summary>
internal static class PlainTextReader
{
    private static readonly Regex ListMarker = new(@"^(?:[•·▪◦‣●○■□►➢✓✔*\-–]|\d{1,3}[.)])\s+\S", RegexOptions.CultureInvariant);
    private static readonly Regex SeparatorLine = new(@"^[_\-=*~#]{3,}$", RegexOptions.CultureInvariant);
    private static readonly Regex CommentOnly = new(@"^<!--.*-->$", RegexOptions.CultureInvariant);
    private static readonly Regex InlineComment = new(@"<!--.*?-->", RegexOptions.CultureInvariant);

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
        foreach (var groupLines in lines.GroupBy(l => l.Group).Select(g => g.ToList()))
        {
            var wrapped = IsWrapped(groupLines);
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
        if (TextShape.EndsWithTerminal(previous.Text) || previous.Text.EndsWith(":", StringComparison.Ordinal)) return false;
        if (char.IsLower(next.Text[0])) return true;
        return wrapped;
    }

    /// <summary>
    /// A group is hard-wrapped when its lines (all but the last) are of nearly one length, as a text editor
    /// wraps them, and are not headline-like; the seeds' one-paragraph-a-line layout varies far more.
    /// </summary>
    private static bool IsWrapped(List<Line> group)
    {
        if (group.Count < 3) return false;
        var body = group.Take(group.Count - 1).ToList();
        if (body.Any(l => l.Hint != BlockHint.Text || l.Text.Length < 50 || l.Text.Length > 100 || TextShape.IsTitleCase(l.Text)))
            return false;
        var lengths = body.Select(l => l.Text.Length).ToList();
        if (lengths.Max() - lengths.Min() > 30) return false;
        return body.Count(l => !TextShape.EndsWithTerminal(l.Text)) * 2 >= body.Count;
    }
}

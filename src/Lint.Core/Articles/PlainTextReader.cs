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
    private const string ListMarkerPattern = @"^(?:--|[•·▪◦‣●○■□►➢✓✔*\-–]|\d{1,3}[.)])\s+\S";

    [GeneratedRegex(ListMarkerPattern, RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker { get; }

    private const string SeparatorLinePattern = @"^[_\-=*~#]{3,}$";

    [GeneratedRegex(SeparatorLinePattern, RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorLine { get; }

    /// <summary>A line's bounds without its surrounding white space: its text is read from the source only when needed.</summary>
    private readonly record struct Line(int Start, int End, int Group, BlockHint Hint)
    {
        public int Length => End - Start;
    }

    /// <summary>
    /// The blocks of <paramref name="source"/>, in text order, made as they are read. The lines are read twice and
    /// never stored: once to learn whether the text is hard-wrapped (which depends on all of them), once to join them
    /// into blocks. Inline HTML comments are blanked in one copy of the text, made only when there is a comment at all;
    /// every block reads its content in place from it or from the text. <paramref name="most"/> is how many blocks
    /// there can be (one a line).
    /// </summary>
    public static IEnumerable<RawBlock> Read(SourceText source, out int most)
    {
        var text = source.Text;
        char[]? masked = null;
        int count = 0, runOn = 0, midSentence = 0, longest = 0;
        var previous = default(Line);
        foreach (var line in Lines(source))
        {
            // Hard-wrapped copy (an editor broke lines at a fixed width): most lines that run on within a block end
            // mid-sentence and none is long; in one-paragraph-a-line copy (seed 001, with no blank lines at all) nearly
            // every such line ends with a stop. One line break alone never joins paragraphs.
            longest = Math.Max(longest, line.Length);
            if (count > 0 && previous.Group == line.Group && previous.Hint == BlockHint.Text)
            {
                runOn++;
                if (!EndsWithTerminal(text, previous)) midSentence++;
            }

            previous = line;
            count++;

            // A comment never spans lines, so blanking line by line is blanking block by block.
            BlankComments(text, line, ref masked);
        }

        most = count;
        var wrapped = longest <= 120 && runOn >= 4 && midSentence * 10 >= runOn * 6;
        return Blocks(masked is null ? text : new string(masked), source, wrapped);
    }

    /// <summary>
    /// Blanks each <c>&lt;!-- … --&gt;</c> of <paramref name="line"/> in <paramref name="masked"/> (a copy of the text, made
    /// at the first comment). Each comment ends at the first <c>--&gt;</c> after it opens; once one is left open, none
    /// after it on the line can close either, so the line is read once however many are left open (a search for the
    /// close from each opening would read the rest of the line again for each).
    /// </summary>
    private static void BlankComments(string text, Line line, ref char[]? masked)
    {
        var at = line.Start;
        while (at < line.End)
        {
            var open = text.IndexOf("<!--", at, line.End - at, StringComparison.Ordinal);
            if (open < 0) return;
            var close = text.IndexOf("-->", open + 4, line.End - open - 4, StringComparison.Ordinal);
            if (close < 0) return;
            masked ??= text.ToCharArray();
            for (var k = open; k < close + 3; k++) masked[k] = ' ';
            at = close + 3;
        }
    }

    /// <summary>
    /// Whether the trimmed line from <paramref name="start"/> to <paramref name="end"/> is nothing but HTML comments
    /// (<c>&lt;!-- lint-disable … --&gt;</c>), each closed at its first <c>--&gt;</c>: a line with prose between two comments is prose.
    /// </summary>
    private static bool IsCommentsOnly(string text, int start, int end)
    {
        var at = start;
        while (at < end)
        {
            if (end - at < 7 || string.CompareOrdinal(text, at, "<!--", 0, 4) != 0) return false;
            var close = text.IndexOf("-->", at + 4, end - at - 4, StringComparison.Ordinal);
            if (close < 0) return false;
            at = close + 3;
            while (at < end && char.IsWhiteSpace(text[at])) at++;
        }

        return true;
    }

    /// <summary>The lines that are not blank (nor an HTML comment alone), trimmed, numbered by group, with their hint.</summary>
    private static IEnumerable<Line> Lines(SourceText source)
    {
        var text = source.Text;
        var group = 0;
        var previousBlank = true;
        for (var i = 0; i < source.Lines.LineCount; i++)
        {
            var start = source.Lines.GetLineStart(i);
            var end = source.Lines.GetLineEnd(i, text);
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end == start || IsCommentsOnly(text, start, end))
            {
                previousBlank = true;
                continue;
            }

            if (previousBlank) group++;
            previousBlank = false;
            var hint = SeparatorLine.IsMatch(text.AsSpan(start, end - start)) ? BlockHint.Separator
                : ListMarker.IsMatch(text.AsSpan(start, end - start)) ? BlockHint.ListItem
                : BlockHint.Text;
            yield return new Line(start, end, group, hint);
        }
    }

    /// <summary>
    /// Joins lines into blocks with one line of look-ahead: within a group (a run between blank lines) a line joins the
    /// one before when it continues it; a block stands alone when its group is one line.
    /// </summary>
    private static IEnumerable<RawBlock> Blocks(string buffer, SourceText source, bool wrapped)
    {
        var text = source.Text;
        using var lines = Lines(source).GetEnumerator();
        var hasNext = lines.MoveNext();
        var next = hasNext ? lines.Current : default;
        var group = -1;
        var single = false;
        while (hasNext)
        {
            var first = next;
            hasNext = lines.MoveNext();
            next = hasNext ? lines.Current : default;
            if (first.Group != group)
            {
                group = first.Group;
                single = !hasNext || next.Group != group;
            }

            var last = first;
            while (hasNext && next.Group == group && Continues(text, last, next, wrapped))
            {
                last = next;
                hasNext = lines.MoveNext();
                next = hasNext ? lines.Current : default;
            }

            var span = TextSpan.FromBounds(first.Start, last.End);
            yield return new RawBlock(first.Hint, span, buffer, span.Start) { Group = group, StandsAlone = single };
        }
    }

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

    /// <summary><see cref="TextShape.EndsWithTerminal"/> for a line, which has no white space at its ends.</summary>
    private static bool EndsWithTerminal(string text, Line line)
    {
        var i = line.End - 1;
        while (i >= line.Start && TextShape.IsCloser(text[i])) i--;
        return i >= line.Start && TextShape.IsSentenceEnd(text[i]);
    }
}

using System.Text;

namespace Lint.Cli;

/// <summary>
/// A unified diff of two texts by lines (Myers' algorithm), as <c>diff -u</c> and <c>git diff</c> write it, so that
/// <c>git apply</c> and <c>patch -p1</c> take it: <c>a/</c> and <c>b/</c> paths, three lines of context, and each line
/// as it is in the file, its CR included.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Edits beyond which the two texts are shown as one change: the search costs the square of the edits.</summary>
    private const int MaxEdits = 2000;

    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/> of the file <paramref name="path"/>; empty when they are the same.</summary>
    public static string Create(string path, string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal)) return string.Empty;
        var a = Lines(before);
        var b = Lines(after);
        var edits = Edits(a, b);
        var output = new StringBuilder();
        var name = path.Replace('\\', '/');
        output.Append("--- a/").Append(name).Append('\n');
        output.Append("+++ b/").Append(name).Append('\n');

        // Hunks: runs of edits with at most twice the context between them.
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            var quiet = 0;
            for (var j = i; j < edits.Count; j++)
            {
                if (edits[j].Kind == ' ')
                {
                    quiet++;
                    if (quiet > 2 * Context) break;
                }
                else
                {
                    quiet = 0;
                    end = j;
                }
            }

            var last = Math.Min(edits.Count - 1, end + Context);
            var oldStart = edits[start].OldLine;
            var newStart = edits[start].NewLine;
            var oldCount = 0;
            var newCount = 0;
            for (var j = start; j <= last; j++)
            {
                if (edits[j].Kind != '+') oldCount++;
                if (edits[j].Kind != '-') newCount++;
            }

            output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
            for (var j = start; j <= last; j++)
            {
                var line = edits[j].Kind == '+' ? b[edits[j].NewLine] : a[edits[j].OldLine];
                output.Append(edits[j].Kind);
                if (line.EndsWith('\n'))
                {
                    output.Append(line);
                }
                else
                {
                    output.Append(line).Append('\n').Append("\\ No newline at end of file\n");
                }
            }

            i = last + 1;
        }

        return output.ToString();
    }

    /// <summary>diff's hunk range: the 1-based first line and the count, the line before when the count is 0.</summary>
    private static string Range(int start, int count) =>
        count == 1 ? (start + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(count == 0 ? start : start + 1)},{count}");

    /// <summary>The lines of <paramref name="text"/>, each with its line break (LF, CRLF or a lone CR).</summary>
    internal static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length) lines.Add(text.Substring(start));
        return lines;
    }

    private readonly record struct Edit(char Kind, int OldLine, int NewLine);

    /// <summary>The shortest edit script from <paramref name="a"/> to <paramref name="b"/>: kept, removed and added lines in order.</summary>
    private static List<Edit> Edits(List<string> a, List<string> b)
    {
        // Common lines at both ends are kept without a search.
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail]) tail++;

        var edits = new List<Edit>(Math.Max(a.Count, b.Count) + 8);
        for (var i = 0; i < head; i++) edits.Add(new Edit(' ', i, i));
        Middle(a, b, head, a.Count - tail, head, b.Count - tail, edits);
        for (var i = tail; i > 0; i--) edits.Add(new Edit(' ', a.Count - i, b.Count - i));
        return edits;
    }

    private static void Middle(List<string> a, List<string> b, int a0, int a1, int b0, int b1, List<Edit> edits)
    {
        int n = a1 - a0, m = b1 - b0, max = n + m;
        var trace = new List<int[]>();
        var v = new int[(2 * Math.Min(max, MaxEdits)) + 3];
        var offset = Math.Min(max, MaxEdits) + 1;
        var found = -1;
        for (var d = 0; d <= Math.Min(max, MaxEdits) && found < 0; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[a0 + x] == b[b0 + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }

            // Only the diagonals this step reached are kept: d squared numbers in all, not d times the whole array.
            trace.Add(v.AsSpan(offset - d, (2 * d) + 1).ToArray());
        }

        if (found < 0)
        {
            // Too many edits to search: every line of the middle removed, then every new one added.
            for (var i = a0; i < a1; i++) edits.Add(new Edit('-', i, b0));
            for (var j = b0; j < b1; j++) edits.Add(new Edit('+', a1, j));
            return;
        }

        // Back from the end through the snapshots, collecting the script in reverse.
        var script = new List<Edit>();
        int px = n, py = m;
        for (var d = found; d > 0; d--)
        {
            // Step d - 1 kept diagonals -(d - 1) to d - 1, at 0 to 2d - 2.
            var previous = trace[d - 1];
            var k = px - py;
            var down = k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1]);
            var pk = down ? k + 1 : k - 1;
            var sx = previous[pk + d - 1];
            var sy = sx - pk;
            var mx = down ? sx : sx + 1;
            var my = down ? sy + 1 : sy;
            while (px > mx && py > my)
            {
                px--;
                py--;
                script.Add(new Edit(' ', a0 + px, b0 + py));
            }

            if (down) script.Add(new Edit('+', a0 + sx, b0 + sy));
            else script.Add(new Edit('-', a0 + sx, b0 + sy));
            px = sx;
            py = sy;
        }

        while (px > 0 && py > 0)
        {
            px--;
            py--;
            script.Add(new Edit(' ', a0 + px, b0 + py));
        }

        script.Reverse();
        edits.AddRange(script);
    }
}

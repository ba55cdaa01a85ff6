using System.Text;
using Lint.Text;

namespace Lint.Rules;

/// <summary>
/// <c>[|…|]</c> marks expected spans in rule examples and tests: "The mayor said, [|“|]We will rebuild." is the
/// text without the markers plus the span of “. <c>[||]</c> marks an empty span (an insertion point).
/// </summary>
public static class SpanMarkup
{
    /// <summary>Removes the markers; returns the plain text and the marked spans in order.</summary>
    public static (string Text, IReadOnlyList<TextSpan> Spans) Parse(string marked)
    {
        var sb = new StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '[' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                if (open >= 0) throw new FormatException($"nested '[|' at offset {i}");
                open = sb.Length;
                i++;
            }
            else if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == ']' && open >= 0)
            {
                spans.Add(TextSpan.FromBounds(open, sb.Length));
                open = -1;
                i++;
            }
            else
            {
                sb.Append(marked[i]);
            }
        }

        if (open >= 0) throw new FormatException("'[|' without a closing '|]'");
        return (sb.ToString(), spans);
    }

    /// <summary>Writes <paramref name="spans"/> back into <paramref name="text"/> as markers, for readable failures.</summary>
    public static string Mark(string text, IEnumerable<TextSpan> spans)
    {
        var sb = new StringBuilder(text);
        foreach (var span in spans.OrderByDescending(s => s.Start).ThenByDescending(s => s.End))
        {
            sb.Insert(span.End, "|]");
            sb.Insert(span.Start, "[|");
        }

        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace Lint.Testing;

/// <summary>
/// Text shown on one line of a test's output: line breaks, tabs and invisible characters written as escapes
/// (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u00A0</c>…), and long text shortened in the middle with "…" so both of its
/// ends stay readable. A backslash in the text is shown as it is.
/// </summary>
public static class Excerpt
{
    /// <summary>
    /// <paramref name="text"/> escaped, at most <paramref name="width"/> characters of it: when longer, its first and
    /// last characters around "…" (the start gets the larger share).
    /// </summary>
    public static string Shorten(string text, int width)
    {
        if (text.Length <= width) return Escape(text);
        var head = Boundary(text, (width * 3 / 5) - 1);
        var tail = Boundary(text, text.Length - (width - head - 1));
        return Escape(text[..head]).TrimEnd() + "…" + Escape(text[tail..]).TrimStart();
    }

    /// <summary><paramref name="text"/> with line breaks, tabs and invisible characters written as escapes.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (IsInvisible(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Characters a reader cannot tell apart from a space or from nothing.</summary>
    private static bool IsInvisible(char c) =>
        char.IsControl(c) || c == '\uFFFC' || (c != ' ' && char.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format);

    /// <summary><paramref name="index"/> moved back off the middle of a surrogate pair.</summary>
    private static int Boundary(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        return index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;
    }
}

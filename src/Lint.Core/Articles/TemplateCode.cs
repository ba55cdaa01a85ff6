namespace Lint.Articles;

/// <summary>
/// Template code that static-site generators leave in Markdown: Hugo shortcodes (<c>{{&lt; img … &gt;}}</c>,
/// <c>{{% … %}}</c>), Liquid, Nunjucks and Go template output and tags (<c>{{ "/x/" | url }}</c>, <c>{% … %}</c>,
/// <c>{# … #}</c>) and attribute lists (<c>{: .lead}</c>, <c>{.float-left .pad}</c>, <c>{#section-id}</c>); also an HTML
/// tag left broken by an unclosed attribute quote (<c>&lt;a href="http://…&gt;</c>), which Markdown cannot read as a tag
/// and would pass on as text. None of it is prose, and its quotation marks and spaces would be read as the article's.
/// </summary>
internal static class TemplateCode
{
    /// <summary>The character that stands for template code in the copy the Markdown parser reads (a private-use one).</summary>
    public const char Mark = '\uE000';

    /// <summary>The longest template call looked for; a brace left open never masks the rest of the article.</summary>
    private const int Longest = 2000;

    /// <summary><paramref name="text"/> with every template call and broken tag written as <see cref="Mark"/>s of its length; the text itself when there is none.</summary>
    public static string Mask(string text)
    {
        char[]? masked = null;
        for (var lt = text.IndexOf('<'); lt >= 0 && lt + 1 < text.Length; lt = text.IndexOf('<', lt + 1))
        {
            var end = BrokenTagEnd(text, lt);
            if (end <= lt) continue;
            masked ??= text.ToCharArray();
            for (var k = lt; k < end; k++) masked[k] = Mark;
            lt = end - 1;
        }

        var closes = new Closes(text);
        var i = text.IndexOf('{');
        while (i >= 0 && i + 1 < text.Length)
        {
            var end = CallEnd(text, i, closes);
            if (end > i)
            {
                masked ??= text.ToCharArray();
                for (var k = i; k < end; k++) masked[k] = Mark;
                i = end;
            }
            else
            {
                i++;
            }

            i = i < text.Length ? text.IndexOf('{', i) : -1;
        }

        return masked is null ? text : new string(masked);
    }

    /// <summary>
    /// The end of an HTML start tag at <paramref name="start"/> whose attribute quotes do not pair up, on one line and
    /// with a letter after the angle bracket; -1 for anything else (a sound tag is Markdown's to read).
    /// </summary>
    private static int BrokenTagEnd(string text, int start)
    {
        if (!char.IsLetter(text[start + 1])) return -1;
        var quotes = 0;
        var spaced = false;
        for (var k = start + 1; k < text.Length && k - start < 500; k++)
        {
            var c = text[k];
            if (c is '\n' or '\r' or '<') return -1;
            if (c == '"') quotes++;
            spaced |= c == ' ';
            if (c == '>') return spaced && quotes % 2 == 1 ? k + 1 : -1;
        }

        return -1;
    }

    /// <summary>The end of the template call that starts at <paramref name="start"/>, or -1 when none does.</summary>
    private static int CallEnd(string text, int start, Closes closes)
    {
        var next = text[start + 1];
        switch (next)
        {
            case '{':
                return closes.Find(0, start + 2);
            case '%':
                return closes.Find(1, start + 2);
            case '#' when start + 2 < text.Length && text[start + 2] != '}' && !char.IsWhiteSpace(text[start + 2]):
                // "{#section-id}" (an attribute list) or "{# comment #}".
                return AttributeEnd(text, start);
            case '#':
                return closes.Find(2, start + 2);
            case ':' or '.':
                return AttributeEnd(text, start);
            default:
                return -1;
        }
    }

    /// <summary>
    /// Finds the closing marks of template calls, each searched for once however many calls open before it: the next
    /// one of each kind is kept, so that a text of ten thousand "{{" left open is read once, not once for each of them
    /// (callers ask in text order).
    /// </summary>
    private sealed class Closes(string text)
    {
        private static readonly string[] Marks = ["}}", "%}", "#}"];

        // For each mark, where it next occurs at or after the last position asked about: -2 before the first search,
        // -1 when there is none left.
        private readonly int[] _next = [-2, -2, -2];

        /// <summary>The end of the first mark <paramref name="which"/> at or after <paramref name="from"/>, within <see cref="Longest"/> characters; else -1.</summary>
        public int Find(int which, int from)
        {
            var mark = Marks[which];
            var next = _next[which];
            if (next == -1) return -1;
            if (next < from)
            {
                next = from <= text.Length ? text.IndexOf(mark, from, StringComparison.Ordinal) : -1;
                _next[which] = next;
                if (next < 0) return -1;
            }

            return next + mark.Length - from <= Longest ? next + mark.Length : -1;
        }
    }

    /// <summary>An attribute list: classes, ids and key=value pairs on one line, closed by a brace.</summary>
    private static int AttributeEnd(string text, int start)
    {
        for (var k = start + 1; k < text.Length && k - start < 200; k++)
        {
            var c = text[k];
            if (c == '}') return k > start + 2 ? k + 1 : -1;
            if (c is '\n' or '\r' or '{') return -1;
            if (!(char.IsLetterOrDigit(c) || c is '.' or '#' or ':' or '-' or '_' or ' ' or '=' or '"' or '\'')) return -1;
        }

        return -1;
    }
}

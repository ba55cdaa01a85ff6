namespace Lint.Articles;

/// <summary>
/// Inline HTML that opens and can never close, hidden from the Markdown parser. Markdig looks for the end of a comment
/// (<c>&lt;!--</c> to <c>--&gt;</c>), a processing instruction (<c>&lt;?</c> to <c>?&gt;</c>), a CDATA section or a
/// declaration (<c>&lt;!DOCTYPE</c> to <c>&gt;</c>) from each opening to the end of its paragraph: a paragraph with
/// thousands left open took time that grew with its square (half a megabyte of <c>a &lt;? b</c>, nearly a minute). An
/// opening whose end does not follow within <see cref="Longest"/> characters and before the next blank line (where a
/// paragraph ends) cannot be inline HTML; Markdig would show it as text, and so does the reader, which writes prose
/// from the source. One at the start of a line may open an HTML block, which Markdig reads line by line, and is left
/// alone; so are an escaped one and one that may be an e-mail autolink (<c>&lt;?a@b.org&gt;</c>).
/// </summary>
internal static class UnclosedHtml
{
    /// <summary>
    /// Stands for the '&lt;' of an opening hidden from the parser; read back as '&lt;'. A punctuation mark (U+2E30 RING
    /// POINT, seldom in any text), as '&lt;' is, so that the emphasis marks around it pair as they did.
    /// </summary>
    public const char Hidden = '\u2E30';

    /// <summary>The longest inline comment, instruction or declaration looked for.</summary>
    private const int Longest = 2000;

    private static readonly string[] Ends = ["-->", "?>", "]]>", ">"];

    /// <summary><paramref name="text"/> with the '&lt;' of each opening that cannot close written as <see cref="Hidden"/>; the text itself when there is none.</summary>
    public static string Hide(string text)
    {
        char[]? chars = null;

        // For each kind of end, and for blank lines, where the next one is: each is searched for once however many
        // openings come before it (openings are read in text order).
        var ends = new[] { -2, -2, -2, -2 };
        var blank = -2;
        for (var lt = text.IndexOf('<'); lt >= 0 && lt + 1 < text.Length; lt = text.IndexOf('<', lt + 1))
        {
            var kind = Kind(text, lt, out var from);
            if (kind < 0 || StartsLine(text, lt) || Escaped(text, lt) || MayBeEmailAutolink(text, lt)) continue;
            if (ends[kind] != -1 && ends[kind] < from) ends[kind] = text.IndexOf(Ends[kind], from, StringComparison.Ordinal);
            if (blank != -1 && blank < lt) blank = NextBlankLine(text, lt);
            var end = ends[kind];
            if (end >= 0 && end - lt <= Longest && (blank < 0 || end < blank)) continue;
            chars ??= text.ToCharArray();
            chars[lt] = Hidden;
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// Which opening is at <paramref name="lt"/> (an index into <see cref="Ends"/>), and from where its end may start
    /// (<c>&lt;!--&gt;</c> is a whole comment); -1 for anything else (tags, which Markdig reads within one bounded span).
    /// </summary>
    private static int Kind(string text, int lt, out int from)
    {
        from = lt + 2;
        var next = text[lt + 1];
        if (next == '?') return 1;
        if (next != '!' || lt + 2 >= text.Length) return -1;
        if (string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0) return 0;
        if (string.CompareOrdinal(text, lt, "<![CDATA[", 0, 9) == 0)
        {
            from = lt + 9;
            return 2;
        }

        return text[lt + 2] is >= 'A' and <= 'Z' or >= 'a' and <= 'z' ? 3 : -1;
    }

    /// <summary>Whether only white space and container or list markers come before <paramref name="at"/> on its line.</summary>
    private static bool StartsLine(string text, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            var c = text[k];
            if (c is '\n' or '\r') return true;
            if (c is not (' ' or '\t' or '>' or '-' or '*' or '+' or '.' or ')' or (>= '0' and <= '9'))) return false;
        }

        return true;
    }

    /// <summary>
    /// Whether an e-mail autolink may start at <paramref name="lt"/>: its address may begin with '!' or '?'. Read up to
    /// the first character an address cannot hold (a space, '&lt;'), so every character is read about once.
    /// </summary>
    private static bool MayBeEmailAutolink(string text, int lt)
    {
        var k = lt + 1;
        while (k < text.Length && (char.IsLetterOrDigit(text[k]) && text[k] < 128 || ".!#$%&'*+/=?^_`{|}~-".IndexOf(text[k]) >= 0)) k++;
        if (k == lt + 1 || k >= text.Length || text[k] != '@') return false;
        k++;
        while (k < text.Length && (char.IsLetterOrDigit(text[k]) && text[k] < 128 || text[k] is '.' or '-')) k++;
        return k < text.Length && text[k] == '>';
    }

    /// <summary>Whether an odd number of backslashes comes right before <paramref name="at"/>.</summary>
    private static bool Escaped(string text, int at)
    {
        var k = at - 1;
        while (k >= 0 && text[k] == '\\') k--;
        return (at - 1 - k) % 2 == 1;
    }

    /// <summary>Where the first blank line (nothing but spaces and tabs) after the line holding <paramref name="from"/> starts; -1 when none.</summary>
    private static int NextBlankLine(string text, int from)
    {
        var line = text.IndexOf('\n', from);
        while (line >= 0)
        {
            var k = line + 1;
            while (k < text.Length && text[k] is ' ' or '\t' or '\r') k++;
            if (k >= text.Length || text[k] == '\n') return line + 1;
            line = text.IndexOf('\n', k);
        }

        return -1;
    }
}

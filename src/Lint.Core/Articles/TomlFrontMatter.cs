using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// TOML front matter between <c>+++</c> lines (Hugo's default), read like YAML's: each top-level <c>key = value</c>
/// becomes a field, its value written without quotes and escapes and mapped back to the source character for
/// character. A string array gives one field per string, all under the key. Tables (<c>[params]</c>), inline tables
/// and dotted keys are nested, and like a YAML map's nested keys they are not read. Malformed TOML is never an error:
/// the lines that cannot be read give no field, and the rest of the block is still front matter.
/// </summary>
internal static class TomlFrontMatter
{
    private const string Fence = "+++";

    /// <summary>
    /// The front matter's span when the text opens with a <c>+++</c> line (after blank lines, if any): to the end of the
    /// closing <c>+++</c> line, or, left unclosed, to the first blank line; null when the text does not open that way.
    /// </summary>
    public static TextSpan? Find(string text, out bool closed)
    {
        closed = false;
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n') i++;
        if (i >= text.Length || (i > 0 && text[i - 1] != '\n') || !IsFence(text, i)) return null;
        var line = LineEnd(text, i);
        while (line < text.Length)
        {
            var start = line;
            var end = LineEnd(text, start);
            if (IsFence(text, start))
            {
                closed = true;
                return TextSpan.FromBounds(i, end);
            }

            line = end;
        }

        // Unclosed: the lines up to the first blank one, the paragraph the Markdown reader would make of them.
        line = LineEnd(text, i);
        while (line < text.Length && !IsBlank(text, line)) line = LineEnd(text, line);
        return TextSpan.FromBounds(i, line);
    }

    /// <summary>
    /// Reads the fields of the front matter at <paramref name="span"/>; each is added to <paramref name="blocks"/> with
    /// its value written to <paramref name="writer"/>. Returns whether a non-empty <c>title</c> was read.
    /// </summary>
    public static bool ReadFields(SourceText source, TextSpan span, bool closed, List<RawBlock> blocks, int group, TextMapBuilder writer)
    {
        if (!closed) return false;
        var text = source.Text;

        // The fields lie between the opening line and the closing one.
        var pos = LineEnd(text, span.Start);
        var end = LineStart(text, span.End);
        var hasTitle = false;
        while (pos < end)
        {
            var next = LineEnd(text, pos);
            var at = SkipSpaces(text, pos, end);
            if (at >= end || text[at] is '\r' or '\n' or '#')
            {
                pos = next;
                continue;
            }

            // A table starts the nested part: nothing after it is a top-level field.
            if (text[at] == '[') break;
            var key = ReadKey(text, at, end, out at);
            at = SkipSpaces(text, at, end);
            if (key is null || at >= end || text[at] != '=')
            {
                pos = next;
                continue;
            }

            at = SkipSpaces(text, at + 1, end);
            var after = ReadValue(text, at, end, key, blocks, group, writer, ref hasTitle);
            if (after < 0) break;
            pos = after >= end ? end : LineEnd(text, after);
        }

        return hasTitle;
    }

    /// <summary>
    /// Reads the value at <paramref name="at"/> and adds its fields; returns where it ends, or -1 when the value is left
    /// open (a string or an array without its end), after which nothing more is read.
    /// </summary>
    private static int ReadValue(string text, int at, int end, string key, List<RawBlock> blocks, int group, TextMapBuilder writer, ref bool hasTitle)
    {
        if (at >= end) return at;
        var c = text[at];
        if (c is '"' or '\'')
        {
            return ReadString(text, at, end, key, blocks, group, writer, ref hasTitle);
        }

        if (c == '[')
        {
            // An array: its strings are fields; numbers and the like in it are not prose.
            var k = at + 1;
            var depth = 1;
            while (k < end)
            {
                var d = text[k];
                if (d is '"' or '\'')
                {
                    k = ReadString(text, k, end, depth == 1 ? key : null, blocks, group, writer, ref hasTitle);
                    if (k < 0) return -1;
                    continue;
                }

                if (d == '#')
                {
                    k = LineEnd(text, k);
                    continue;
                }

                if (d == '[') depth++;
                if (d == ']' && --depth == 0) return k + 1;
                k++;
            }

            return -1;
        }

        if (c == '{') return at + 1;

        // A number, a boolean or a date: the text up to a comment or the end of the line.
        var stop = at;
        while (stop < end && text[stop] is not ('\r' or '\n' or '#')) stop++;
        while (stop > at && text[stop - 1] is ' ' or '\t') stop--;
        if (stop > at) Add(text, key, at, stop, blocks, group, writer, ref hasTitle, verbatim: true);
        return stop;
    }

    /// <summary>
    /// Reads the string at <paramref name="at"/> (basic, literal, or either multi-line), adds it as a field of
    /// <paramref name="key"/> unless that is null, and returns where it ends, or -1 when it is left open.
    /// </summary>
    private static int ReadString(string text, int at, int end, string? key, List<RawBlock> blocks, int group, TextMapBuilder writer, ref bool hasTitle)
    {
        var quote = text[at];
        var multi = at + 2 < end && text[at + 1] == quote && text[at + 2] == quote;
        var open = at + (multi ? 3 : 1);
        var basic = quote == '"';
        var k = open;
        while (k < end)
        {
            var c = text[k];
            if (basic && c == '\\')
            {
                if (!multi && k + 1 < end && text[k + 1] is '\r' or '\n') return -1;
                k += 2;
                continue;
            }

            if (!multi && c is '\r' or '\n') return -1;
            if (c == quote && (!multi || (k + 2 < end && text[k + 1] == quote && text[k + 2] == quote)))
            {
                // Up to two more quotes before the closing three are part of the string.
                if (multi) k += Math.Min(Math.Max(CountQuotes(text, k, end) - 3, 0), 2);

                if (key is not null)
                {
                    var from = open;

                    // A newline right after the opening quotes is not part of a multi-line string.
                    if (multi && from < k && text[from] == '\n') from++;
                    else if (multi && from + 1 < k && text[from] == '\r' && text[from + 1] == '\n') from += 2;
                    Add(text, key, from, k, blocks, group, writer, ref hasTitle, verbatim: !basic);
                }

                return k + (multi ? 3 : 1);
            }

            k++;
        }

        return -1;
    }

    private static int CountQuotes(string text, int k, int end)
    {
        var n = 0;
        while (k + n < end && text[k + n] == text[k]) n++;
        return n;
    }

    /// <summary>Adds a field whose value is the source from <paramref name="from"/> to <paramref name="to"/>, its escapes decoded unless <paramref name="verbatim"/>.</summary>
    private static void Add(string text, string key, int from, int to, List<RawBlock> blocks, int group, TextMapBuilder writer, ref bool hasTitle, bool verbatim)
    {
        var start = writer.Length;
        var k = from;
        var run = from;
        while (k < to)
        {
            var c = text[k];
            if (c == '\r' && k + 1 < to && text[k + 1] == '\n')
            {
                writer.Append(text, run, k - run);
                writer.Replace("\n", k, k + 2);
                k += 2;
                run = k;
                continue;
            }

            if (verbatim || c != '\\' || k + 1 >= to)
            {
                k++;
                continue;
            }

            writer.Append(text, run, k - run);
            var (decoded, length) = Escape(text, k, to);
            if (decoded is null)
            {
                // A backslash at the end of a line joins the next: it, the line break and the spaces after go.
                var skip = k + 1;
                while (skip < to && text[skip] is ' ' or '\t' or '\r' or '\n') skip++;
                k = skip;
            }
            else
            {
                writer.Replace(decoded, k, k + length);
                k += length;
            }

            run = k;
        }

        writer.Append(text, run, to - run);
        var written = writer.Length - start;
        if (written == 0) return;
        var span = TextSpan.FromBounds(from, to);
        blocks.Add(new RawBlock(BlockHint.FrontMatterField, span, string.Empty, start) { Length = written, Group = group, Name = key });
        hasTitle |= string.Equals(key, "title", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The escape at <paramref name="at"/> (a backslash): its text and source length; a null text for a line-ending
    /// backslash; an unknown or broken escape stands for itself.
    /// </summary>
    private static (string? Text, int Length) Escape(string text, int at, int to)
    {
        var c = text[at + 1];
        switch (c)
        {
            case 'b': return ("\b", 2);
            case 't': return ("\t", 2);
            case 'n': return ("\n", 2);
            case 'f': return ("\f", 2);
            case 'r': return ("\r", 2);
            case 'e': return ("\u001b", 2);
            case '"': return ("\"", 2);
            case '\\': return ("\\", 2);
            case 'u':
            case 'U':
                var digits = c == 'u' ? 4 : 8;
                if (at + 2 + digits <= to && int.TryParse(text.Substring(at + 2, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
                    && code is >= 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF)
                    return (char.ConvertFromUtf32(code), 2 + digits);
                return ("\\", 1);
            default:
                var blank = at + 1;
                while (blank < to && text[blank] is ' ' or '\t') blank++;
                if (blank < to && text[blank] is '\r' or '\n') return (null, 1);
                return ("\\", 1);
        }
    }

    /// <summary>A bare key or a quoted one; null for a dotted key (a nested field) or anything else.</summary>
    private static string? ReadKey(string text, int at, int end, out int after)
    {
        after = at;
        string key;
        if (text[at] is '"' or '\'')
        {
            var close = at + 1;
            while (close < end && text[close] != text[at] && text[close] is not ('\r' or '\n' or '\\')) close++;
            if (close >= end || text[close] != text[at]) return null;
            key = text.Substring(at + 1, close - at - 1);
            after = close + 1;
        }
        else
        {
            var k = at;
            while (k < end && (char.IsLetterOrDigit(text[k]) || text[k] is '_' or '-')) k++;
            if (k == at) return null;
            key = text.Substring(at, k - at);
            after = k;
        }

        var next = SkipSpaces(text, after, end);
        return next < end && text[next] == '.' ? null : key;
    }

    private static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && text[at] is ' ' or '\t') at++;
        return at;
    }

    /// <summary>The start of the line after the one at <paramref name="at"/>, or the text's length.</summary>
    private static int LineEnd(string text, int at)
    {
        var newline = text.IndexOf('\n', at);
        return newline < 0 ? text.Length : newline + 1;
    }

    /// <summary>The start of the line that holds <paramref name="at"/>'s previous character (the closing fence's line).</summary>
    private static int LineStart(string text, int at)
    {
        if (at <= 0) return 0;
        var k = at - 1;
        if (text[k] == '\n') k--;
        var newline = k < 0 ? -1 : text.LastIndexOf('\n', k);
        return newline + 1;
    }

    private static bool IsBlank(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\r') at++;
        return at >= text.Length || text[at] == '\n';
    }

    private static bool IsFence(string text, int at)
    {
        if (at + 3 > text.Length || string.CompareOrdinal(text, at, Fence, 0, 3) != 0) return false;
        var k = at + 3;
        while (k < text.Length && text[k] is ' ' or '\t' or '\r') k++;
        return k == text.Length || text[k] == '\n';
    }
}

using AngleSharp.Dom;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// Writes the prose of HTML elements as blocks, the way a browser lays it out: a block element (<c>p</c>, <c>li</c>,
/// <c>h2</c>, <c>tr</c> …) is a block, inline elements run together, white space collapses to one space, <c>br</c>
/// breaks the line, table cells are set apart by a space. AngleSharp gives each element's position in the source but
/// not each text's, so every text node is found again in the source after the last one (past the tags between them)
/// and read along it: runs that read the same are copied in one piece, an entity is one character for its whole span,
/// a run of white space one space for the whole run. The text is written once for the article, with its map.
/// </summary>
internal sealed class HtmlBlockWriter
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "figure", "figcaption", "pre", "table", "thead", "tbody", "tfoot", "tr", "caption",
        "hr", "address", "center", "details", "summary", "body", "html", "hgroup", "fieldset", "legend",
    };

    private readonly string _text;
    private readonly TextMapBuilder _writer;
    private readonly List<RawBlock> _blocks = [];
    private readonly List<(IElement Element, BlockHint Hint, int Level)> _contexts = [];
    private int _cursor;
    private int _aligned;
    private int _group;

    // The block being written.
    private bool _started;
    private int _from;
    private int _spanStart;
    private int _spanEnd;
    private BlockHint _hint;
    private int _level;
    private bool _pendingSpace;
    private int _spaceStart;
    private int _spaceEnd;
    private bool _afterBreak;
    private int _breakAt;
    private int _spanEndBeforeBreak;
    private bool _prose;
    private int _chars;
    private int _bold;
    private int _italic;
    private int _links;
    private int _linkChars;
    private int _words;
    private char _lastNonCloser;
    private int _lines;
    private int _terminalLines;
    private readonly HashSet<string> _captions = new(StringComparer.Ordinal);

    // Where the walk is.
    private int _boldDepth;

    /// <summary>Elements styled to keep their spaces (<c>white-space: pre-wrap</c> and the like) the text is inside.</summary>
    private readonly List<IElement> _keepingSpaces = [];
    private int _italicDepth;
    private int _linkDepth;

    public HtmlBlockWriter(string text, TextMapBuilder writer)
    {
        _text = text;
        _writer = writer;
    }

    /// <summary>The element chosen as the article's headline, read as a first-level heading whatever its level.</summary>
    public IElement? Headline { get; init; }

    /// <summary>
    /// Writes the blocks of <paramref name="start"/> and everything under it that is not chrome, from
    /// <paramref name="from"/> on when it is given (what comes before it in <paramref name="start"/> is left out).
    /// </summary>
    public void Walk(IElement start, IElement? from)
    {
        _cursor = StartOf(start);
        HashSet<INode>? before = null;
        if (from is not null && from != start)
        {
            // Until the walk reaches it, only the elements that hold it are entered.
            before = [];
            for (var e = from.ParentElement; e is not null && e != start; e = e.ParentElement) before.Add(e);
        }

        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((start, false));
        while (pending.Count > 0)
        {
            var (node, leaving) = pending.Pop();
            if (before is not null && !leaving && node != start)
            {
                if (node == from) before = null;
                else if (!before.Contains(node)) continue;
            }

            if (node is IText text)
            {
                if (before is null) WriteText(text.Data);
                continue;
            }

            if (node is not IElement element) continue;
            if (leaving)
            {
                Leave(element);
                continue;
            }

            if (element != start && (HtmlArticleRoot.IsChrome(element, insideArticle: true) || IsTranslated(element)))
            {
                _cursor = Math.Max(_cursor, StartOf(element));
                continue;
            }

            Enter(element);
            pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, false));
        }

        Flush();
    }

    /// <summary>
    /// Writes a page title (the <c>title</c> element's text, or the <c>content</c> of an <c>og:title</c> meta element) as
    /// the headline, without the site's name after a bar or a dash; whether it wrote one.
    /// </summary>
    public bool WriteTitle(string value, IElement element, bool inAttribute)
    {
        var title = WithoutSiteName(value);
        if (title.Length == 0) return false;
        var count = _blocks.Count;
        _cursor = StartOf(element);
        if (inAttribute)
        {
            var content = AttributeValueStart(_cursor, "content");
            if (content < 0) return false;
            _cursor = content;
        }

        _contexts.Add((element, BlockHint.Heading, 1));
        WriteText(title);
        Flush();
        _contexts.RemoveAt(_contexts.Count - 1);
        return _blocks.Count > count;
    }

    /// <summary>The blocks written, each reading the text written for them all.</summary>
    public List<RawBlock> Finish()
    {
        Flush();
        // Each block has a map of its own: blocks follow the page's tree, which need not follow the source (a headline
        // read before the article that precedes it in the file, text the parser moved out of a table).
        var (text, _) = _writer.Build();
        for (var i = 0; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            _blocks[i] = block with { Buffer = text, Map = _writer.MapOf(block.Start, block.Start + block.Length) };
        }

        return _blocks;
    }

    private void Enter(IElement element)
    {
        _cursor = Math.Max(_cursor, StartOf(element));
        var name = element.LocalName;
        if (BlockElements.Contains(name)) Flush();
        switch (name)
        {
            case "br":
                if (_started && _afterBreak)
                {
                    // Two line breaks in a row set paragraphs apart.
                    Flush();
                }
                else if (_started)
                {
                    _lines++;
                    if (TextShape.IsSentenceEnd(_lastNonCloser)) _terminalLines++;
                    // The break tag's span, or a point after the text before it when the parser moved the tag.
                    var tag = StartOf(element);
                    var lt = Math.Max(tag, _spanEnd);
                    _pendingSpace = false;
                    if (!_afterBreak) (_breakAt, _spanEndBeforeBreak) = (_writer.Length, _spanEnd);
                    var end = tag >= _spanEnd ? TagEnd(tag) + 1 : lt;
                    _writer.Replace('\n', lt, end);
                    _spanEnd = end;
                    _afterBreak = true;
                }

                return;
            case "td" or "th":
                if (_started && !_pendingSpace) (_pendingSpace, _spaceStart, _spaceEnd) = (true, Math.Max(StartOf(element), _spanEnd), Math.Max(StartOf(element), _spanEnd));
                break;
            case "b" or "strong":
                _boldDepth++;
                break;
            case "i" or "em":
                _italicDepth++;
                break;
            case "a":
                _linkDepth++;
                _links++;
                break;
        }

        // Spaces kept as typed (a Word document's paragraphs are written so): two spaces stay two.
        // (pre-line collapses spaces, as a browser does.)
        if (element.GetAttribute("style") is { } style && style.IndexOf("white-space", StringComparison.OrdinalIgnoreCase) >= 0
            && ((style.IndexOf("pre", StringComparison.OrdinalIgnoreCase) >= 0 && style.IndexOf("pre-line", StringComparison.OrdinalIgnoreCase) < 0)
                || style.IndexOf("break-spaces", StringComparison.OrdinalIgnoreCase) >= 0))
            _keepingSpaces.Add(element);

        var (hint, level) = HintOf(element, name);
        if (hint != BlockHint.Text) _contexts.Add((element, hint, level));

        // A credit set in its own element after the caption is a word apart from it, though both are inline.
        if (hint == BlockHint.Caption && _started && !_pendingSpace) (_pendingSpace, _spaceStart, _spaceEnd) = (true, Math.Max(StartOf(element), _spanEnd), Math.Max(StartOf(element), _spanEnd));
    }

    private void Leave(IElement element)
    {
        var name = element.LocalName;
        switch (name)
        {
            case "b" or "strong":
                _boldDepth--;
                break;
            case "i" or "em":
                _italicDepth--;
                break;
            case "a":
                _linkDepth--;
                break;
        }

        if (BlockElements.Contains(name)) Flush();
        if (_keepingSpaces.Count > 0 && _keepingSpaces[_keepingSpaces.Count - 1] == element) _keepingSpaces.RemoveAt(_keepingSpaces.Count - 1);
        if (_contexts.Count > 0 && _contexts[_contexts.Count - 1].Element == element) _contexts.RemoveAt(_contexts.Count - 1);
    }

    /// <summary>What an element makes of the blocks inside it: a quotation, a list, a heading, a caption, a table, a byline, a deck.</summary>
    private (BlockHint Hint, int Level) HintOf(IElement element, string name)
    {
        if (element == Headline) return (BlockHint.Heading, 1);
        switch (name)
        {
            case "blockquote":
                return (BlockHint.Blockquote, 0);
            case "li" or "dd" or "dt":
                return (BlockHint.ListItem, 0);
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return (BlockHint.Heading, name[1] - '0');
            case "figcaption" or "caption":
                return (BlockHint.Caption, 0);
            case "table":
                return (BlockHint.Table, 0);
        }

        var role = HtmlClassNames.Of(element.GetAttribute("class"));
        if ((role & (HtmlRole.Translation | HtmlRole.Quote)) != 0) return (BlockHint.Blockquote, 0);
        if ((role & HtmlRole.Caption) != 0) return (BlockHint.Caption, 0);
        if ((role & HtmlRole.Byline) != 0) return (BlockHint.Byline, 0);
        if ((role & HtmlRole.Deck) != 0) return (BlockHint.Deck, 0);
        return (BlockHint.Text, 0);
    }

    /// <summary>
    /// Whether <paramref name="element"/> is a quotation in its original language that the next element gives in
    /// translation (marked by its class): the article says what the translation says, and the original, in another
    /// language with its own typography, is not read as the article's English.
    /// </summary>
    private static bool IsTranslated(IElement element) =>
        element.NextElementSibling?.GetAttribute("class") is { Length: > 0 } following && (HtmlClassNames.Of(following) & HtmlRole.Translation) != 0;

    /// <summary>Ends the block being written: kept when it has prose, with the hint its context gives it.</summary>
    private void Flush()
    {
        if (_started && _afterBreak)
        {
            // Line breaks that end the block break nothing.
            _writer.Truncate(_breakAt);
            _spanEnd = _spanEndBeforeBreak;
        }

        if (_started && _prose)
        {
            var hint = _hint;
            if (hint == BlockHint.Byline && _words > 16) hint = BlockHint.Text;

            // A byline the page's template writes ("by Jane Doe", a name alone) is the site's metadata, styled as it likes,
            // not copy: a byline is read as one when it is written as one ("By Jane Doe").
            if (hint == BlockHint.Byline && !StartsWithBy()) hint = BlockHint.LinkList;
            if (hint is BlockHint.Text or BlockHint.Deck && IsMostlyLinks()) hint = BlockHint.LinkList;

            // A shortcode the CMS printed instead of rendering ("[button …] Send us your review[/button]") is template code.
            if (hint == BlockHint.Text && EndsWithShortcode()) hint = BlockHint.LinkList;

            // A paragraph set wholly in italics is a note ("This post is part of our coverage of …", "Jane Doe contributed
            // to this report."), read as a caption is.
            if (hint == BlockHint.Text && _chars > 0 && _italic == _chars && !IsRightsNotice()) hint = BlockHint.Caption;

            // Lines set under one another with line breaks, most of them without a stop (tour dates, an address): a list.
            if (hint == BlockHint.Text && _lines >= 3 && (_lines - _terminalLines - (TextShape.IsSentenceEnd(_lastNonCloser) ? 1 : 0)) * 2 > _lines) hint = BlockHint.ListItem;
            var emphasis = _chars == 0 ? 0 : _bold == _chars ? 2 : _italic == _chars ? 1 : 0;
            // A caption printed twice (a gallery's full and short versions, a slide and its thumbnail) is read once.
            if (hint == BlockHint.Caption && !_captions.Add(_writer.ToString(_from, _writer.Length - _from)))
            {
                _writer.Truncate(_from);
                Reset();
                return;
            }

            _blocks.Add(new RawBlock(hint, TextSpan.FromBounds(_spanStart, Math.Max(_spanStart, _spanEnd)), string.Empty, _from)
            {
                Length = _writer.Length - _from,
                Group = ++_group,
                HeadingLevel = _level,
                Emphasis = emphasis,
            });
        }
        else if (_started)
        {
            _writer.Truncate(_from);
        }

        Reset();
    }

    private void Reset()
    {
        _started = _pendingSpace = _afterBreak = _prose = false;
        _chars = _bold = _italic = _links = _linkChars = _words = _lines = _terminalLines = 0;
        _lastNonCloser = '\0';
    }

    /// <summary>Whether the block being written is a copyright line (set in italics too, it is the article's footer).</summary>
    private bool IsRightsNotice()
    {
        var text = _writer.ToString(_from, _writer.Length - _from);
        return BlockClassifier.Copyright.IsMatch(text) || BlockClassifier.NoticeInside.IsMatch(text);
    }

    /// <summary>Whether the block being written ends with a shortcode's closing tag ("[/button]").</summary>
    private bool EndsWithShortcode()
    {
        var end = _writer.Length - 1;
        if (end - _from < 4 || _writer[end] != ']') return false;
        var k = end - 1;
        while (k > _from && char.IsLetter(_writer[k])) k--;
        return k < end - 1 && k > _from && _writer[k] == '/' && _writer[k - 1] == '[';
    }

    /// <summary>Whether the block being written starts with the word "By" and a capital.</summary>
    private bool StartsWithBy() =>
        _writer.Length - _from > 3 && _writer[_from] == 'B' && _writer[_from + 1] == 'y' && _writer[_from + 2] == ' ';

    /// <summary>
    /// Links that carry most of the block's text: a line of links, not prose. Two or more links need half the text; one
    /// alone, two thirds and no final stop (as for Markdown); ending with a stop, they need nearly all of it.
    /// </summary>
    private bool IsMostlyLinks()
    {
        if (_links == 0 || _linkChars == 0) return false;
        // Prose that links its words still reads as sentences: ending with a stop, it is links only when they are nearly all of it.
        if (_links >= 2) return TextShape.IsSentenceEnd(_lastNonCloser) ? _linkChars * 20 >= _chars * 17 : _linkChars * 2 >= _chars;
        return !TextShape.IsSentenceEnd(_lastNonCloser) && _linkChars * 3 >= _chars * 2;
    }

    /// <summary>Reads one text node along the source and writes it.</summary>
    private void WriteText(string data)
    {
        if (data.Length == 0) return;
        var text = _text;
        var n = text.Length;
        var i = 0;
        var p = Locate(data, out var found);
        if (!found)
        {
            // Found by a search past its first spaces: those are a space before it.
            while (i < data.Length && IsSpace(data[i])) i++;
            if (i > 0) Space(p, p);
        }

        while (i < data.Length)
        {
            var c = data[i];
            if (c is ' ' or '\t' && _keepingSpaces.Count > 0 && _started && !_afterBreak && p < n && text[p] == c)
            {
                // Inside text that keeps its spaces, a space is a character of the text like any other.
                BeginChar(p);
                _writer.Append(text, p, 1);
                _spanEnd = p + 1;
                i++;
                p++;
                continue;
            }

            if (IsSpace(c))
            {
                var j = i;
                while (j < data.Length && IsSpace(data[j])) j++;
                var q = p;
                while (q < n && IsSpace(text[q])) q++;
                Space(p, q);
                (i, p) = (j, q);
                continue;
            }

            if (p < n && text[p] == '&' && ReferenceEnd(p, c) is var end and > 0)
            {
                // An entity: one character (two for one outside the Basic Multilingual Plane) for its whole span.
                BeginChar(p);
                var two = char.IsHighSurrogate(c) && i + 1 < data.Length;
                _writer.Replace(c, p, end);
                if (two) _writer.Replace(data[i + 1], p, end);
                Count(c, 1);
                _spanEnd = end;
                i += two ? 2 : 1;
                p = end;
                continue;
            }

            if (p < n && text[p] == c)
            {
                var k = 1;
                while (i + k < data.Length && p + k < n && data[i + k] == text[p + k] && !IsSpace(data[i + k]) && text[p + k] != '&') k++;
                BeginChar(p);
                _writer.Append(text, p, k);
                for (var m = 0; m < k; m++) Count(data[i + m], 1);
                _spanEnd = p + k;
                i += k;
                p += k;
                continue;
            }

            // The source does not read the same (the parser moved the text, or the source has what this reader does not
            // know): the rest is written for the source up to the next tag, so that a finding in it still points near.
            var stop = text.IndexOf('<', Math.Min(p, n));
            if (stop < 0) stop = n;
            BeginChar(p);
            for (; i < data.Length; i++)
            {
                var d = data[i];
                if (IsSpace(d))
                {
                    if (i + 1 < data.Length && !IsSpace(data[i + 1])) _writer.Replace(' ', p, stop);
                    continue;
                }

                _writer.Replace(d, p, stop);
                Count(d, 1);
            }

            _spanEnd = Math.Max(_spanEnd, stop);
            p = stop;
        }

        _cursor = Math.Max(_cursor, p);
        _aligned = Math.Max(_aligned, p);
    }

    /// <summary>Before a character is written: starts the block, or writes the space pending before it.</summary>
    private void BeginChar(int sourceStart)
    {
        if (!_started)
        {
            _started = true;
            _from = _writer.Length;
            _spanStart = sourceStart;
            (_hint, _level) = _contexts.Count > 0 ? (_contexts[_contexts.Count - 1].Hint, _contexts[_contexts.Count - 1].Level) : (BlockHint.Text, 0);
            _words = 1;
            _lines = 1;
            return;
        }

        if (_pendingSpace)
        {
            if (_spaceEnd - _spaceStart == 1 && _text[_spaceStart] == ' ') _writer.Append(_text, _spaceStart, 1);
            else _writer.Replace(' ', _spaceStart, _spaceEnd);
            _pendingSpace = false;
            _words++;
        }

        _afterBreak = false;
    }

    private void Space(int start, int end)
    {
        if (!_started || _afterBreak) return;
        if (_pendingSpace)
        {
            _spaceEnd = Math.Max(_spaceEnd, end);
            return;
        }

        (_pendingSpace, _spaceStart, _spaceEnd) = (true, start, end);
    }

    private void Count(char c, int count)
    {
        _chars += count;
        if (_boldDepth > 0) _bold += count;
        if (_italicDepth > 0) _italic += count;
        if (_linkDepth > 0) _linkChars += count;
        if (!_prose && char.IsLetterOrDigit(c)) _prose = true;
        if (!TextShape.IsCloser(c)) _lastNonCloser = c;
    }

    /// <summary>
    /// Where the text node <paramref name="data"/> starts in the source: after the cursor and the tags and comments that
    /// follow it (<paramref name="found"/>), else where a search finds its first word, else the cursor.
    /// </summary>
    private int Locate(string data, out bool found)
    {
        var text = _text;
        var n = text.Length;
        var p = _cursor;
        while (p < n - 1 && text[p] == '<')
        {
            var next = text[p + 1];
            if (next == '!' && p + 3 < n && text[p + 2] == '-' && text[p + 3] == '-')
            {
                var close = text.IndexOf("-->", p + 4, StringComparison.Ordinal);
                p = close < 0 ? n : close + 3;
            }
            else if (next is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '/' or '!' or '?')
            {
                p = TagEnd(p) + 1;
            }
            else
            {
                break;
            }
        }

        found = true;
        var c = data[0];
        if (p < n && (IsSpace(c) ? IsSpace(text[p]) : text[p] == c || text[p] == '&')) return p;

        // Search for the first word (up to the first character that the source may have written as an entity).
        var from = 0;
        while (from < data.Length && IsSpace(data[from])) from++;
        var to = from;
        while (to < data.Length && to - from < 24 && data[to] is > ' ' and < '\u007f' and not ('&' or '<' or '>' or '"' or '\'')) to++;
        found = false;
        if (to - from >= 3)
        {
            var at = p < n ? text.AsSpan(p).IndexOf(data.AsSpan(from, to - from)) : -1;
            if (at >= 0) return p + at;

            // An element the parser made up (reconstructed formatting, an implied body) may carry a later position than
            // the text it holds: the text is searched for again from where the last text read ended.
            if (_aligned < p)
            {
                at = text.AsSpan(_aligned, p - _aligned).IndexOf(data.AsSpan(from, to - from));
                if (at >= 0) return _aligned + at;
            }
        }

        return Math.Min(_aligned < p && p >= n ? _aligned : p, n);
    }

    /// <summary>
    /// The end of the character reference at <paramref name="at"/> (an ampersand) that stands for <paramref name="c"/>,
    /// or -1 when the ampersand is itself the character.
    /// </summary>
    private int ReferenceEnd(int at, char c)
    {
        var text = _text;
        var n = text.Length;
        var k = at + 1;
        if (k >= n) return -1;
        if (text[k] == '#')
        {
            k++;
            var hex = k < n && text[k] is 'x' or 'X';
            if (hex) k++;
            var digits = k;
            while (k < n && (char.IsDigit(text[k]) || (hex && text[k] is (>= 'a' and <= 'f') or (>= 'A' and <= 'F')))) k++;
            if (k == digits) return -1;
        }
        else
        {
            var letters = k;
            while (k < n && k - letters < 32 && char.IsLetterOrDigit(text[k]) && text[k] < '\u007f') k++;
            if (k == letters) return -1;

            // An ampersand followed by a word is the character itself unless the word is "amp".
            if (c == '&' && !(k - letters == 3 && string.CompareOrdinal(text, letters, "amp", 0, 3) == 0)
                && !(k - letters == 3 && string.CompareOrdinal(text, letters, "AMP", 0, 3) == 0)) return -1;
        }

        if (c == '&' && text[at + 1] == '#' && !IsAmpersandNumber(at)) return -1;
        return k < n && text[k] == ';' ? k + 1 : k;
    }

    private bool IsAmpersandNumber(int at)
    {
        var text = _text;
        return string.CompareOrdinal(text, at, "&#38", 0, 4) == 0 || string.Compare(text, at, "&#x26", 0, 5, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>Where the value of attribute <paramref name="name"/> of the tag at <paramref name="lt"/> starts, or -1.</summary>
    private int AttributeValueStart(int lt, string name)
    {
        var end = TagEnd(lt);
        var text = _text;
        var at = lt;
        while (true)
        {
            at = text.IndexOf(name, at, end - at, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return -1;
            var k = at + name.Length;
            while (k < end && IsSpace(text[k])) k++;
            if (k < end && text[k] == '=' && IsSpace(text[at - 1]))
            {
                k++;
                while (k < end && IsSpace(text[k])) k++;
                return k < end && text[k] is '"' or '\'' ? k + 1 : k;
            }

            at = k;
        }
    }

    /// <summary>The page title without the site's name after it ("Headline | Site", "Headline - Site"), trimmed.</summary>
    private static string WithoutSiteName(string value)
    {
        var title = value.Trim();
        foreach (var separator in new[] { " | ", " – ", " — ", " - ", " :: ", " · " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && TextShape.CountWords(title.AsSpan(at + separator.Length), 8) <= 5) return title.Substring(0, at).TrimEnd();
        }

        return title;
    }

    /// <summary>The index of the <c>&lt;</c> that opens <paramref name="element"/>'s start tag (the tag's position for one the parser implied).</summary>
    private int StartOf(IElement element)
    {
        var position = element.SourceReference?.Position.Position ?? 0;
        return Math.Min(Math.Max(position - 1, 0), _text.Length);
    }

    /// <summary>The index of the <c>&gt;</c> that closes the tag opened at <paramref name="lt"/> (quoted attribute values read over).</summary>
    private int TagEnd(int lt)
    {
        var text = _text;
        var quote = '\0';
        var afterEquals = false;
        for (var k = lt + 1; k < text.Length; k++)
        {
            var ch = text[k];
            if (quote != '\0')
            {
                if (ch == quote) quote = '\0';
                continue;
            }

            if (ch == '>') return k;
            if (ch == '=')
            {
                afterEquals = true;
            }
            else if (ch is '"' or '\'' && afterEquals)
            {
                quote = ch;
                afterEquals = false;
            }
            else if (!IsSpace(ch))
            {
                afterEquals = false;
            }
        }

        return text.Length - 1;
    }

    /// <summary>HTML's white space (not the no-break space, which is a character of the text).</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}

using System.Text;
using System.Text.RegularExpressions;
using Lint.Articles;

namespace Lint.Evaluation.Tests;

/// <summary>
/// The harness's own reading of a corpus article: which blocks are headline, byline, body paragraphs, list items,
/// captions, footer and tail. It is written for the conventions of tests/corpus and deliberately shares nothing
/// with Lint's parser, so where errors are injected (and so what counts as a miss) never depends on what the engine
/// believes an article looks like.
/// </summary>
public sealed class ArticleLayout
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // "KRAMATORSK, Ukraine (AP) —", "LONDON, Nov 3 (Reuters) -", "RIYADH/ISTANBUL (Worthy News) –", "Paris (AFP) -".
    private static readonly Regex DatelinePattern = new(
        @"^(?<places>\p{Lu}[\p{L}.'’\- ]*?(?:/\p{Lu}[\p{L}.'’\- ]*?)*)(?:,[^()\n]*)?[ ]\((?:AP|Reuters|AFP|Worthy News)\)[ ][—–-][ ]",
        Options);

    private static readonly Regex FooterPattern = new(@"^(?:[Cc]opyright\b|©|\([cC]\)\s*\d)", Options);

    private static readonly Regex TailPattern = new(
        @"^(?:More (?:Worthy News|from\b|AP\b)|Related coverage$|You may also like$|Read more\b|\(?Reporting by\b|[a-z]{2,4}(?:/[a-z]{2,4})+$)",
        Options);

    private static readonly Regex BylinePattern = new(@"^[Bb]y \p{Lu}", Options);
    private static readonly Regex NotePattern = new(@"^(?:EDITOR[’']S NOTE|Editor[’']s [Nn]ote|This story has been)", Options);

    private static readonly Regex CaptionPattern = new(
        @"^(?:Photo|Image|Caption|Credit)\s*:|\((?:AP Photo|Photo)\b[^()]*\)$|\([^()]*/(?:AP|AFP|Reuters)\)$|^\([^()]*\)$",
        Options);

    private static readonly Regex PlainListMarker = new(@"^(?:[•·▪*\-–]|\d{1,3}[.)])\s+\S", Options);
    private static readonly Regex MarkdownListMarker = new(@"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\S", Options);
    private static readonly Regex ThematicBreak = new(@"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$", Options);
    private static readonly Regex Heading = new(@"^(?<hashes>#{1,6})\s", Options);
    private static readonly Regex CodeSpan = new("`[^`\n]*`", Options);
    private static readonly Regex LinkTarget = new(@"\]\([^)\s]*\)", Options);
    private static readonly Regex Url = new(@"https?://\S+", Options);

    private ArticleLayout(IReadOnlyList<LayoutBlock> blocks) => Blocks = blocks;

    /// <summary>The blocks in text order.</summary>
    public IReadOnlyList<LayoutBlock> Blocks { get; }

    /// <summary>The places of the dateline that opens the first body paragraph (start offset and text), if there is one.</summary>
    public IReadOnlyList<(int Start, string Name)> DatelinePlaces
    {
        get
        {
            var first = Blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph);
            if (first is null) return [];
            var lead = first.Masked.Length - first.Masked.TrimStart().Length;
            var match = DatelinePattern.Match(first.Masked.Substring(lead));
            if (!match.Success) return [];
            var places = match.Groups["places"];
            var result = new List<(int, string)>();
            var cursor = lead + places.Index;
            foreach (var part in places.Value.Split('/'))
            {
                var trimmed = part.Trim();
                result.Add((first.Start + cursor + part.IndexOf(trimmed, StringComparison.Ordinal), trimmed));
                cursor += part.Length + 1;
            }

            return result;
        }
    }

    /// <summary>Reads <paramref name="article"/>.</summary>
    public static ArticleLayout Read(CorpusArticle article)
    {
        var markdown = article.Format == ArticleFormat.Markdown;
        var raw = markdown ? SplitMarkdown(article.Text) : SplitPlainText(article.Text);
        return new ArticleLayout(Classify(raw, markdown));
    }

    /// <summary>Whether <paramref name="text"/> ends like a finished sentence: . ? ! … possibly inside closing quotes or brackets.</summary>
    public static bool EndsWithTerminal(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || IsCloser(text[i]))) i--;
        return i >= 0 && text[i] is '.' or '?' or '!' or '…';
    }

    /// <summary>Closing quotation marks and brackets that may follow a sentence end.</summary>
    public static bool IsCloser(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']';

    private static List<RawBlock> SplitPlainText(string text)
    {
        var blocks = new List<RawBlock>();
        foreach (var (start, line) in Lines(text))
        {
            var content = line.Trim();
            if (content.Length == 0) continue;
            var offset = start + line.IndexOf(content, StringComparison.Ordinal);
            var hint = Regex.IsMatch(content, @"^[_\-=*]{3,}$", Options) ? Hint.Separator
                : PlainListMarker.IsMatch(content) ? Hint.ListItem
                : Hint.Text;
            blocks.Add(new RawBlock(hint, offset, content, 0));
        }

        return blocks;
    }

    private static List<RawBlock> SplitMarkdown(string text)
    {
        var blocks = new List<RawBlock>();
        var lines = Lines(text).ToList();
        var index = 0;
        if (lines.Count > 0 && lines[0].Text == "---")
        {
            var close = lines.FindIndex(1, l => l.Text == "---");
            var end = lines[close].Start + lines[close].Text.Length;
            blocks.Add(new RawBlock(Hint.FrontMatter, 0, text.Substring(0, end), 0));
            index = close + 1;
        }

        int? paragraphStart = null;
        var paragraphEnd = 0;
        var paragraphHint = Hint.Text;
        int? fenceStart = null;

        void Flush()
        {
            if (paragraphStart is { } s) blocks.Add(new RawBlock(paragraphHint, s, text.Substring(s, paragraphEnd - s), 0));
            paragraphStart = null;
        }

        void Accumulate(Hint hint, int start, int end)
        {
            if (paragraphStart is not null && paragraphHint != hint) Flush();
            paragraphStart ??= start;
            paragraphHint = hint;
            paragraphEnd = end;
        }

        for (; index < lines.Count; index++)
        {
            var (start, line) = lines[index];
            var end = start + line.Length;
            if (fenceStart is { } f)
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    blocks.Add(new RawBlock(Hint.Code, f, text.Substring(f, end - f), 0));
                    fenceStart = null;
                }

                continue;
            }

            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                fenceStart = start;
                continue;
            }

            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            var heading = Heading.Match(line);
            if (heading.Success)
            {
                Flush();
                blocks.Add(new RawBlock(Hint.Heading, start, line.TrimEnd(), heading.Groups["hashes"].Length));
            }
            else if (ThematicBreak.IsMatch(line))
            {
                Flush();
                blocks.Add(new RawBlock(Hint.Separator, start, line.TrimEnd(), 0));
            }
            else if (line.StartsWith('>'))
            {
                // A ">" line with nothing else ends one paragraph of the quotation.
                if (line.TrimStart('>', ' ').Length == 0) Flush();
                else Accumulate(Hint.Blockquote, start, end);
            }
            else if (MarkdownListMarker.IsMatch(line))
            {
                Flush();
                blocks.Add(new RawBlock(Hint.ListItem, start, line.TrimEnd(), 0));
            }
            else if (line.StartsWith("![", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new RawBlock(Hint.Image, start, line.TrimEnd(), 0));
            }
            else
            {
                Accumulate(Hint.Text, start, end);
            }
        }

        Flush();
        return blocks;
    }

    private static List<LayoutBlock> Classify(List<RawBlock> raws, bool markdown)
    {
        var blocks = new List<LayoutBlock>();
        var zone = Zone.Header;
        var sawHeadline = false;
        foreach (var raw in raws)
        {
            var masked = Mask(raw, markdown);
            var plain = masked.Trim();
            blocks.Add(new LayoutBlock(Decide(), raw.Start, raw.Text, masked));

            BlockKind Decide()
            {
                switch (raw.Hint)
                {
                    case Hint.FrontMatter:
                        return BlockKind.FrontMatter;
                    case Hint.Code:
                        return BlockKind.Code;
                }

                if (FooterPattern.IsMatch(plain))
                {
                    zone = Zone.Tail;
                    return BlockKind.Footer;
                }

                if (zone == Zone.Tail) return BlockKind.Tail;
                if (raw.Hint == Hint.Separator || TailPattern.IsMatch(plain))
                {
                    // A rule or a link block closes the story; notes and credits after it are not its body.
                    zone = Zone.Tail;
                    return BlockKind.Tail;
                }

                switch (raw.Hint)
                {
                    case Hint.Heading when raw.Level == 1 && zone == Zone.Header:
                        sawHeadline = true;
                        return BlockKind.Headline;
                    case Hint.Heading:
                        zone = Zone.Body;
                        return BlockKind.Subhead;
                    case Hint.Image:
                        return BlockKind.Caption;
                    case Hint.ListItem:
                        zone = Zone.Body;
                        return BlockKind.ListItem;
                    case Hint.Blockquote:
                        zone = Zone.Body;
                        return BlockKind.Blockquote;
                }

                if (zone == Zone.Header && BylinePattern.IsMatch(plain)) return BlockKind.Byline;
                if (CaptionPattern.IsMatch(plain)) return BlockKind.Caption;
                if (NotePattern.IsMatch(plain)) return BlockKind.Note;
                var italic = markdown && IsWrappedIn(raw.Text.Trim(), "*") && !IsWrappedIn(raw.Text.Trim(), "**");
                if (zone == Zone.Header)
                {
                    var prose = DatelinePattern.IsMatch(plain) || (!italic && EndsWithTerminal(plain) && CountWords(plain) >= 8);
                    if (!prose)
                    {
                        var kind = sawHeadline ? BlockKind.Deck : BlockKind.Headline;
                        sawHeadline = true;
                        return kind;
                    }

                    zone = Zone.Body;
                }

                // An italic paragraph in the body is a contributor line or a note, never the story itself.
                if (italic) return BlockKind.Note;
                if (markdown && IsWrappedIn(raw.Text.Trim(), "**")) return BlockKind.Subhead;
                return EndsWithTerminal(plain) || plain.EndsWith(':') || EndsWithUrl(raw.Text) || EndsWithBrokenOffSpeech(plain)
                    ? BlockKind.Paragraph
                    : BlockKind.Subhead;
            }
        }

        return blocks;
    }

    /// <summary>Blanks what is not prose, keeping every offset: URLs; in Markdown also code spans, link targets, stars, heading and quotation markers.</summary>
    private static string Mask(RawBlock raw, bool markdown)
    {
        var buffer = new StringBuilder(raw.Text);
        void Blank(int from, int length)
        {
            for (var i = from; i < from + length; i++)
            {
                if (buffer[i] is not '\n') buffer[i] = ' ';
            }
        }

        if (markdown)
        {
            foreach (Match m in CodeSpan.Matches(raw.Text)) Blank(m.Index, m.Length);
            foreach (Match m in LinkTarget.Matches(raw.Text)) Blank(m.Index, m.Length);
            if (raw.Hint == Hint.Image) Blank(0, raw.Text.Length);
        }

        foreach (Match m in Url.Matches(raw.Text)) Blank(m.Index, m.Length);
        if (markdown)
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                var lineStart = i == 0 || buffer[i - 1] == '\n';
                if (buffer[i] is '*' or '[') buffer[i] = ' ';
                else if (lineStart && raw.Hint == Hint.Blockquote && buffer[i] == '>') buffer[i] = ' ';
                else if (lineStart && raw.Hint == Hint.Heading)
                {
                    while (i < buffer.Length && buffer[i] == '#') buffer[i++] = ' ';
                }
            }
        }

        return buffer.ToString();
    }

    private static bool IsWrappedIn(string text, string marker) =>
        text.Length > 2 * marker.Length && text.StartsWith(marker, StringComparison.Ordinal) && text.EndsWith(marker, StringComparison.Ordinal);

    /// <summary>“We were going to—”: a quotation cut off by a dash ends the paragraph as well as a period would.</summary>
    private static bool EndsWithBrokenOffSpeech(string text) =>
        text.Length >= 2 && text[^1] is '”' or '"' && text[^2] is '—' or '–';

    private static bool EndsWithUrl(string text)
    {
        var last = text.TrimEnd().Split(' ', '\n').LastOrDefault() ?? string.Empty;
        return last.StartsWith("http://", StringComparison.Ordinal) || last.StartsWith("https://", StringComparison.Ordinal);
    }

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    private static IEnumerable<(int Start, string Text)> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                if (start < text.Length) yield return (start, text.Substring(start));
                yield break;
            }

            yield return (start, text.Substring(start, end - start));
            start = end + 1;
        }
    }

    private enum Zone
    {
        Header,
        Body,
        Tail,
    }

    private enum Hint
    {
        Text,
        Heading,
        ListItem,
        Blockquote,
        Separator,
        Image,
        FrontMatter,
        Code,
    }

    private sealed record RawBlock(Hint Hint, int Start, string Text, int Level);
}

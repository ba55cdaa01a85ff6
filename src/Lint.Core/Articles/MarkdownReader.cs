using System.Text.RegularExpressions;
using Lint.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lint.Articles;

/// <summary>
/// Reads Markdown with Markdig into blocks. A block's content is its prose as a reader sees it, written without
/// markup (container prefixes, emphasis marks, link targets, tags and template code), with entities decoded and code
/// spans, images and template calls as one placeholder each; a <see cref="TextMap"/> takes every character back to
/// the source. Code blocks, HTML blocks and tables are left out, so no check ever reads them.
/// </summary>
internal static partial class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    private const string FrontMatterFieldPattern = @"^(?<key>[A-Za-z_][A-Za-z0-9_\-]*)[ \t]*:[ \t]*(?<value>[^\r\n]*?)[ \t]*\r?$";

    [GeneratedRegex(FrontMatterFieldPattern, RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex FrontMatterField { get; }

    public static List<RawBlock> Read(SourceText source, out bool hasTitle)
    {
        // Template code is not prose, and its spaces and quotation marks would break the Markdown around it (a link
        // whose target is {{ "/x/" | url }} is no link to Markdig): the parser reads a copy with it masked.
        var parsed = TemplateCode.Mask(source.Text);
        // Front matter Markdig does not read is read here: TOML's between +++ lines (Hugo's default), and YAML's after
        // blank lines.
        var toml = TomlFrontMatter.Find(source.Text, out var tomlClosed);
        var late = toml ?? LateFrontMatter(source.Text);
        if (late is { } front)
        {
            // The parser sees blank lines where the front matter is; it is read here instead.
            var chars = parsed.ToCharArray();
            for (var k = front.Start; k < front.End; k++)
            {
                if (chars[k] is not ('\r' or '\n')) chars[k] = ' ';
            }

            parsed = new string(chars);
        }

        // Inline HTML left open by the thousand would take the parser time that grows with its square; it is text.
        parsed = UnclosedHtml.Hide(parsed);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(parsed, Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.IndexOf("nested", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            // Markdig refuses a document nested deeper than its limit (quotations in quotations, lists in lists, links
            // or emphasis left open inside one another) rather than recurse without end.
            throw new ArticleParseException(
                $"its Markdown nests more than {Pipeline.MaximumNestingDepth} levels deep (block quotes, lists, or brackets and emphasis marks left open inside one another)", ex);
        }

        var blocks = new List<RawBlock>(document.Count + 8);
        hasTitle = false;
        var group = 0;

        // The prose of every block is written once, one block after another, without its markup; the blocks read it in
        // place, and its map takes each character back to the source.
        var writer = new TextMapBuilder(source.Length);
        if (toml is { } tomlSpan)
        {
            blocks.Add(new RawBlock(BlockHint.FrontMatter, tomlSpan, new string(' ', tomlSpan.Length)) { Group = ++group });
            hasTitle |= TomlFrontMatter.ReadFields(source, tomlSpan, tomlClosed, blocks, group, writer);
        }
        else if (late is { } lateSpan)
        {
            hasTitle |= ReadFrontMatter(source, lateSpan, blocks, ++group, writer);
        }

        foreach (var block in document)
        {
            group++;
            if (block is YamlFrontMatterBlock frontMatter)
            {
                var span = TextSpan.FromBounds(frontMatter.Span.Start, Math.Min(frontMatter.Span.End + 1, source.Length));
                hasTitle |= ReadFrontMatter(source, span, blocks, group, writer);
                continue;
            }

            Collect(source, block, blocks, ref group, writer);
        }

        var (text, map) = writer.Build();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Hint != BlockHint.FrontMatter) blocks[i] = blocks[i] with { Buffer = text, Map = map };
        }

        return blocks;
    }

    /// <summary>
    /// Adds the blocks of one top-level block, in text order: depth first with a stack of the blocks still to read (no
    /// recursion, so no nesting in the article can exhaust the call stack); each list item starts a group.
    /// </summary>
    private static void Collect(SourceText source, Block top, List<RawBlock> blocks, ref int group, TextMapBuilder writer)
    {
        var pending = new Stack<(Block Block, BlockHint Container, bool IsItem)>();
        pending.Push((top, BlockHint.Text, false));
        while (pending.Count > 0)
        {
            var (block, container, isItem) = pending.Pop();
            if (isItem)
            {
                group++;
                if (block is ContainerBlock itemBlock) PushChildren(pending, itemBlock, container == BlockHint.Blockquote ? BlockHint.Blockquote : BlockHint.ListItem);
                continue;
            }

            switch (block)
            {
                case HeadingBlock heading:
                    AddLeaf(source, heading, BlockHint.Heading, blocks, group, writer, heading.Level);
                    break;
                case ParagraphBlock paragraph:
                    var hint = container;
                    if (hint == BlockHint.Text && (IsImageOnly(paragraph) || IsImageWithCaption(paragraph))) hint = BlockHint.Caption;
                    else if (hint == BlockHint.Text && IsMostlyLinks(paragraph)) hint = BlockHint.LinkList;
                    else if (hint == BlockHint.Text && IsLines(paragraph)) hint = BlockHint.ListItem;
                    AddLeaf(source, paragraph, hint, blocks, group, writer, 0, WholeEmphasis(paragraph));
                    break;
                case ThematicBreakBlock:
                    break;
                case QuoteBlock quote:
                    PushChildren(pending, quote, BlockHint.Blockquote);
                    break;
                case ListBlock list:
                    for (var i = list.Count - 1; i >= 0; i--) pending.Push((list[i], container, true));
                    break;
                case ContainerBlock other when other is not Markdig.Extensions.Tables.Table:
                    PushChildren(pending, other, container);
                    break;
            }
        }

        static void PushChildren(Stack<(Block, BlockHint, bool)> pending, ContainerBlock parent, BlockHint container)
        {
            // Last first, so that the first child is read first.
            for (var i = parent.Count - 1; i >= 0; i--) pending.Push((parent[i], container, false));
        }
    }

    /// <summary>
    /// Every inline under <paramref name="root"/>, depth first in text order, with a stack of the siblings still to visit
    /// rather than recursion: emphasis marks can nest as deep as a line is long.
    /// </summary>
    private static IEnumerable<Inline> Descendants(ContainerInline root)
    {
        var pending = new Stack<Inline>();
        var inline = root.FirstChild;
        while (inline is not null || pending.Count > 0)
        {
            inline ??= pending.Pop();
            yield return inline;
            var next = inline.NextSibling;
            if (inline is ContainerInline { FirstChild: { } child })
            {
                if (next is not null) pending.Push(next);
                next = child;
            }

            inline = next;
        }
    }

    private static bool IsImageOnly(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inline &&
        inline.All(i => i is LinkInline { IsImage: true } || (i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) || i is LineBreakInline);

    /// <summary>An image and a caption set in emphasis beside it, nothing else ("![…](photo.jpg) *The new homepage*").</summary>
    private static bool IsImageWithCaption(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return false;
        bool image = false, emphasis = false;
        var parts = 0;
        foreach (var inline in paragraph.Inline)
        {
            if ((inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) || inline is LineBreakInline) continue;
            if (++parts > 2) return false;
            image |= inline is LinkInline { IsImage: true };
            emphasis |= inline is EmphasisInline;
        }

        return image && emphasis;
    }

    /// <summary>
    /// Lines set one under another with hard breaks, most of them without a stop ("A. Name the goal&lt;br&gt;B. Ask for
    /// action", a verse): a list written as one paragraph, not prose.
    /// </summary>
    private static bool IsLines(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return false;

        // Three lines need two breaks: most paragraphs have none and are settled without reading their text.
        var breaks = 0;
        for (var inline = paragraph.Inline.FirstChild; inline is not null && breaks < 2; inline = inline.NextSibling)
        {
            if (inline is LineBreakInline { IsHard: true } || (inline is HtmlInline html && html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))) breaks++;
        }

        if (breaks < 2) return false;
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var inline in paragraph.Inline)
        {
            if (inline is LineBreakInline { IsHard: true } || (inline is HtmlInline html && html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase)))
            {
                lines.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                foreach (var literal in inline is LiteralInline own ? [own] : inline is ContainerInline container ? Descendants(container).OfType<LiteralInline>() : [])
                    current.Append(literal.Content.ToString());
            }
        }

        lines.Add(current.ToString().Trim());
        lines.RemoveAll(l => l.Length == 0);
        return lines.Count >= 3 && lines.Count(l => !TextShape.EndsWithTerminal(l.AsSpan())) * 2 > lines.Count;
    }

    /// <summary>
    /// Links that carry most of the paragraph's text: a link block ("Related: [a](…) · [b](…)", "[Back to the table of
    /// contents](#top)"), not prose. Two or more links need half the text; one alone, two thirds and no final stop.
    /// </summary>
    private static bool IsMostlyLinks(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return false;
        int links = 0, linkText = 0, allText = 0;
        CountLinks(paragraph.Inline, ref links, ref linkText, ref allText);
        if (links == 0) return false;
        if (links >= 2) return linkText * 2 >= allText;
        var last = paragraph.Inline.LastChild;
        var endsWithStop = last is LiteralInline literal && TextShape.EndsWithTerminal(literal.Content.AsSpan());
        return !endsWithStop && linkText * 3 >= allText * 2;
    }

    /// <summary>
    /// Counts the links (not images) under <paramref name="root"/>, the text inside them and all the text, in one walk
    /// (depth first, with a stack of the siblings still to visit and whether they are inside a link).
    /// </summary>
    private static void CountLinks(ContainerInline root, ref int links, ref int linkText, ref int allText)
    {
        var pending = new Stack<(Inline Next, bool InLink)>();
        var inline = root.FirstChild;
        var inLink = false;
        while (inline is not null || pending.Count > 0)
        {
            if (inline is null) (inline, inLink) = pending.Pop();
            var next = inline.NextSibling;
            switch (inline)
            {
                case LiteralInline literal:
                    allText += literal.Content.Length;
                    if (inLink) linkText += literal.Content.Length;
                    break;
                case ContainerInline child:
                    if (child is LinkInline { IsImage: false }) links++;
                    if (child.FirstChild is null) break;
                    if (next is not null) pending.Push((next, inLink));
                    next = child.FirstChild;
                    inLink |= child is LinkInline { IsImage: false };
                    break;
            }

            inline = next;
        }
    }

    /// <summary>2 when the paragraph is one bold span ("**What comes next**"), 1 when one italic span, else 0.</summary>
    private static int WholeEmphasis(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return 0;
        EmphasisInline? only = null;
        for (var inline = paragraph.Inline.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if ((inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) || inline is LineBreakInline) continue;
            if (only is not null || inline is not EmphasisInline emphasis) return 0;
            only = emphasis;
        }

        return only is null ? 0 : Math.Min(only.DelimiterCount, 2);
    }

    private static void AddLeaf(SourceText source, LeafBlock leaf, BlockHint hint, List<RawBlock> blocks, int group, TextMapBuilder writer, int level, int emphasis = 0)
    {
        if (leaf.Inline is null) return;
        var start = int.MaxValue;
        var end = -1;
        foreach (var inline in Descendants(leaf.Inline))
        {
            if (inline.Span.IsEmpty || inline.Span.Start < 0) continue;
            start = Math.Min(start, inline.Span.Start);
            end = Math.Max(end, inline.Span.End + 1);
        }

        if (end <= start) return;
        end = Math.Min(end, source.Length);

        // Only the prose is written: container prefixes ("> ", list indents), emphasis marks, link targets and tags are
        // left out; code, images and template code become one placeholder each; entities become their characters.
        var from = writer.Length;
        Write(leaf.Inline, source.Text, writer);
        var length = writer.Length - from;
        var prose = false;
        for (var i = from; i < writer.Length && !prose; i++) prose = char.IsLetterOrDigit(writer[i]);
        if (!prose && hint != BlockHint.Caption)
        {
            writer.Truncate(from);
            return;
        }

        blocks.Add(new RawBlock(hint, TextSpan.FromBounds(start, end), string.Empty, from) { Length = length, Group = group, HeadingLevel = level, Emphasis = emphasis });
    }

    /// <summary>
    /// Writes the prose under <paramref name="root"/>, depth first in text order, with a stack of the siblings still to
    /// write rather than recursion: emphasis marks can nest as deep as a line is long.
    /// </summary>
    private static void Write(ContainerInline root, string text, TextMapBuilder writer)
    {
        var pending = new Stack<Inline>();
        var inline = root.FirstChild;
        while (inline is not null || pending.Count > 0)
        {
            inline ??= pending.Pop();
            var next = inline.NextSibling;
            var span = inline.Span;
            if (span.Start < 0)
            {
                inline = next;
                continue;
            }

            var end = Math.Min(span.End + 1, text.Length);
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                case CodeInline:
                    writer.Replace(TextShape.PlaceholderText, span.Start, end);
                    break;
                case HtmlEntityInline entity:
                    writer.Replace(entity.Transcoded.ToString(), span.Start, end);
                    break;
                case HtmlInline html:
                    // Tags are markup; a line break tag still breaks the line.
                    if (html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase)) writer.Replace("\n", span.Start, end);
                    break;
                case AutolinkInline:
                    if (end - span.Start > 2) writer.Append(text, span.Start + 1, end - span.Start - 2);
                    break;
                case LineBreakInline lineBreak:
                    // A soft break is a space on the page; a hard one (two spaces, a backslash) breaks the line.
                    writer.Replace(lineBreak.IsHard ? "\n" : " ", span.Start, end);
                    break;
                case ContainerInline child when child.FirstChild is not null:
                    if (next is not null) pending.Push(next);
                    next = child.FirstChild;
                    break;
                case LiteralInline literal:
                    WriteLiteral(literal, text, writer);
                    break;
            }

            inline = next;
        }
    }

    /// <summary>
    /// A run of text: copied from the source when it reads the same there (escapes aside), with masked template code
    /// written as one placeholder and runs of spaces as one space, as a browser shows them.
    /// </summary>
    private static void WriteLiteral(LiteralInline literal, string text, TextMapBuilder writer)
    {
        var span = literal.Span;
        var content = literal.Content.AsSpan();
        if (content.IsEmpty) return;
        var end = Math.Min(span.End + 1, text.Length);
        if (end - span.Start != content.Length)
        {
            WriteEscaped(content, text, span.Start, end, writer);
            return;
        }

        var i = 0;
        while (i < content.Length)
        {
            var next = NextMarkup(content, i);
            writer.Append(text, span.Start + i, next - i);
            i = next;
            if (i >= content.Length) break;
            var from = i;
            if (content[i] == TemplateCode.Mark)
            {
                while (i < content.Length && content[i] == TemplateCode.Mark) i++;
                writer.Replace(TextShape.PlaceholderText, span.Start + from, span.Start + i);
            }
            else
            {
                // A run of spaces is one space on the page: HTML collapses it, so no check should count it.
                while (i < content.Length && content[i] is ' ' or '\t') i++;
                writer.Replace(" ", span.Start + from, span.Start + i);
            }
        }
    }

    /// <summary>
    /// Text with backslash escapes ("\\[draft\\]"): each character copied from where it is in the source, the backslashes
    /// left out, so that a finding inside still points at its own words; masked template code and runs of spaces are
    /// written as in <see cref="WriteLiteral"/>; anything else that does not line up is written for the rest of the run.
    /// </summary>
    private static void WriteEscaped(ReadOnlySpan<char> content, string text, int start, int end, TextMapBuilder writer)
    {
        int i = 0, j = start;
        while (i < content.Length && j < end)
        {
            var c = content[i] == UnclosedHtml.Hidden ? '<' : content[i];
            if (c == TemplateCode.Mark)
            {
                // Masking keeps lengths: one source character for each mark.
                var from = j;
                while (i < content.Length && content[i] == TemplateCode.Mark && j < end)
                {
                    i++;
                    j++;
                }

                writer.Replace(TextShape.PlaceholderText, from, j);
            }
            else if (c is ' ' or '\t' && i + 1 < content.Length && content[i + 1] is ' ' or '\t' && text[j] == c)
            {
                var from = j;
                while (i < content.Length && content[i] is ' ' or '\t' && j < end && text[j] == content[i])
                {
                    i++;
                    j++;
                }

                writer.Replace(" ", from, j);
            }
            else if (text[j] == c)
            {
                writer.Append(text, j, 1);
                i++;
                j++;
            }
            else if (text[j] == '\\' && j + 1 < end && text[j + 1] == c)
            {
                j++;
            }
            else
            {
                break;
            }
        }

        if (i < content.Length) writer.Replace(Cleaned(content.Slice(i)), j, end);
    }

    /// <summary>Text as the prose shows it: each run of masked template code one placeholder, each run of spaces one space.</summary>
    private static string Cleaned(ReadOnlySpan<char> content)
    {
        var sb = new System.Text.StringBuilder(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c == TemplateCode.Mark)
            {
                while (i + 1 < content.Length && content[i + 1] == TemplateCode.Mark) i++;
                sb.Append(TextShape.PlaceholderText);
            }
            else if (c is ' ' or '\t' && i + 1 < content.Length && content[i + 1] is ' ' or '\t')
            {
                while (i + 1 < content.Length && content[i + 1] is ' ' or '\t') i++;
                sb.Append(' ');
            }
            else
            {
                sb.Append(c == UnclosedHtml.Hidden ? '<' : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The index of the next masked template code or run of two or more spaces at or after <paramref name="from"/>.</summary>
    private static int NextMarkup(ReadOnlySpan<char> content, int from)
    {
        // Searched for, not stepped through: prose has a space between every two words and a run of them seldom.
        var rest = content.Slice(from);
        var found = rest.IndexOf(TemplateCode.Mark);
        if (found < 0) found = rest.Length;
        var spaces = rest.Slice(0, found).IndexOf("  ".AsSpan());
        if (spaces >= 0) found = spaces;
        for (var tab = rest.Slice(0, found).IndexOf('\t'); tab >= 0 && tab < found; tab = rest.Slice(tab + 1, found - tab - 1).IndexOf('\t') is var n and >= 0 ? tab + 1 + n : -1)
        {
            if (tab > 0 && rest[tab - 1] is ' ' or '\t') return from + tab - 1;
            if (tab + 1 < rest.Length && rest[tab + 1] is ' ' or '\t') return from + tab;
        }

        return from + found;
    }

    /// <summary>
    /// Front matter after blank lines, which a CMS export sometimes leaves before the first <c>---</c> (Markdig reads
    /// front matter only at the very start): its span, or null when the text does not open that way.
    /// </summary>
    private static TextSpan? LateFrontMatter(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n') i++;
        if (i == 0 || i >= text.Length || (i > 0 && text[i - 1] != '\n') || !IsFence(text, i)) return null;
        var line = text.IndexOf('\n', i);

        // A rule (---) that opens the article is front matter only when a field ("title: …") follows it.
        var first = line;
        while (first >= 0 && first + 1 < text.Length && text[first + 1] is '\r' or '\n') first = text.IndexOf('\n', first + 1);
        if (first < 0 || !IsField(text, first + 1)) return null;
        while (line >= 0 && line + 1 < text.Length)
        {
            var start = line + 1;
            if (IsFence(text, start)) return TextSpan.FromBounds(i, Math.Min(text.Length, text.IndexOf('\n', start) is var end and >= 0 ? end + 1 : text.Length));
            line = text.IndexOf('\n', start);
        }

        return null;

        static bool IsField(string text, int at)
        {
            var k = at;
            if (k >= text.Length || !(char.IsLetter(text[k]) || text[k] == '_')) return false;
            while (k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] is '_' or '-')) k++;
            while (k < text.Length && text[k] is ' ' or '\t') k++;
            return k < text.Length && text[k] == ':';
        }

        static bool IsFence(string text, int at)
        {
            if (at + 3 > text.Length || string.CompareOrdinal(text, at, "---", 0, 3) != 0) return false;
            var k = at + 3;
            while (k < text.Length && text[k] is ' ' or '\t' or '\r') k++;
            return k == text.Length || text[k] == '\n';
        }
    }

    private static bool ReadFrontMatter(SourceText source, TextSpan span, List<RawBlock> blocks, int group, TextMapBuilder writer)
    {
        blocks.Add(new RawBlock(BlockHint.FrontMatter, span, new string(' ', span.Length)) { Group = group });
        var hasTitle = false;
        var text = source[span];
        foreach (Match match in FrontMatterField.Matches(text))
        {
            var value = match.Groups["value"];
            if (value.Length == 0) continue;
            var valueStart = value.Index;
            var valueLength = value.Length;
            if (valueLength >= 2 && (value.Value[0] is '"' or '\'') && value.Value[valueLength - 1] == value.Value[0])
            {
                valueStart++;
                valueLength -= 2;
            }

            var key = match.Groups["key"].Value;
            var fieldSpan = new TextSpan(span.Start + valueStart, valueLength);
            var at = writer.Length;
            writer.Append(source.Text, fieldSpan.Start, fieldSpan.Length);
            blocks.Add(new RawBlock(BlockHint.FrontMatterField, fieldSpan, string.Empty, at) { Length = valueLength, Group = group, Name = key });
            hasTitle |= string.Equals(key, "title", StringComparison.OrdinalIgnoreCase) && valueLength > 0;
        }

        return hasTitle;
    }
}

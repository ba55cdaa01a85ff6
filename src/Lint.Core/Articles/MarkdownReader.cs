using System.Text.RegularExpressions;
using Lint.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lint.Articles;

/// <summary>
/// Reads Markdown with Markdig into blocks. Content keeps the source's offsets: container prefixes ("> ",
/// list indents), emphasis marks, link targets, code spans and inline HTML become spaces; code blocks, HTML
/// blocks and tables are left out, so no check ever reads them.
/// </summary>
internal static partial class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    private const string FrontMatterFieldPattern = @"^(?<key>[A-Za-z_][A-Za-z0-9_\-]*)[ \t]*:[ \t]*(?<value>.*?)[ \t]*$";

#if NET7_0_OR_GREATER
    [GeneratedRegex(FrontMatterFieldPattern, RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex FrontMatterField { get; }
#else
    private static Regex FrontMatterField { get; } = new(FrontMatterFieldPattern, RegexOptions.CultureInvariant | RegexOptions.Multiline);
#endif

    public static List<RawBlock> Read(SourceText source, out bool hasTitle)
    {
        var document = Markdown.Parse(source.Text, Pipeline);
        var blocks = new List<RawBlock>();
        hasTitle = false;
        var group = 0;

        // Every block's text is copied into one buffer at its own offsets, with its markup left blank; the blocks
        // are read from it in place (it becomes a string once all are in).
        var masked = new char[source.Length];
        masked.AsSpan().Fill(' ');
        foreach (var block in document)
        {
            group++;
            if (block is YamlFrontMatterBlock frontMatter)
            {
                hasTitle |= ReadFrontMatter(source, frontMatter, blocks, group, masked);
                continue;
            }

            Collect(source, block, BlockHint.Text, blocks, ref group, masked);
        }

        var text = new string(masked);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Hint != BlockHint.FrontMatter) blocks[i] = blocks[i] with { Buffer = text, Start = blocks[i].Span.Start };
        }

        return blocks;
    }

    private static void Collect(SourceText source, Block block, BlockHint container, List<RawBlock> blocks, ref int group, char[] masked)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddLeaf(source, heading, BlockHint.Heading, blocks, group, masked, heading.Level);
                break;
            case ParagraphBlock paragraph:
                var hint = container;
                if (hint == BlockHint.Text && IsImageOnly(paragraph)) hint = BlockHint.Caption;
                else if (hint == BlockHint.Text && IsMostlyLinks(paragraph)) hint = BlockHint.LinkList;
                AddLeaf(source, paragraph, hint, blocks, group, masked, 0, WholeEmphasis(paragraph));
                break;
            case ThematicBreakBlock:
                break;
            case QuoteBlock quote:
                foreach (var child in quote) Collect(source, child, BlockHint.Blockquote, blocks, ref group, masked);
                break;
            case ListBlock list:
                foreach (var item in list)
                {
                    group++;
                    if (item is ContainerBlock itemBlock)
                    {
                        foreach (var child in itemBlock)
                            Collect(source, child, container == BlockHint.Blockquote ? BlockHint.Blockquote : BlockHint.ListItem, blocks, ref group, masked);
                    }
                }

                break;
            case ContainerBlock other when other is not Markdig.Extensions.Tables.Table:
                foreach (var child in other) Collect(source, child, container, blocks, ref group, masked);
                break;
        }
    }

    private static bool IsImageOnly(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inline &&
        inline.All(i => i is LinkInline { IsImage: true } || (i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) || i is LineBreakInline);

    /// <summary>Two or more links that carry most of the paragraph's text: a link block, not prose.</summary>
    private static bool IsMostlyLinks(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return false;
        var links = paragraph.Inline.Descendants<LinkInline>().Where(l => !l.IsImage).ToList();
        if (links.Count < 2) return false;
        var linkText = links.Sum(l => l.Descendants<LiteralInline>().Sum(t => t.Content.Length));
        var allText = paragraph.Inline.Descendants<LiteralInline>().Sum(t => t.Content.Length);
        return linkText * 2 >= allText;
    }

    /// <summary>2 when the paragraph is one bold span ("**What comes next**"), 1 when one italic span, else 0.</summary>
    private static int WholeEmphasis(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return 0;
        var parts = paragraph.Inline.Where(i => !(i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) && i is not LineBreakInline).ToList();
        return parts.Count == 1 && parts[0] is EmphasisInline emphasis ? Math.Min(emphasis.DelimiterCount, 2) : 0;
    }

    private static void AddLeaf(SourceText source, LeafBlock leaf, BlockHint hint, List<RawBlock> blocks, int group, char[] masked, int level, int emphasis = 0)
    {
        if (leaf.Inline is null) return;
        var start = int.MaxValue;
        var end = -1;
        foreach (var inline in leaf.Inline.Descendants())
        {
            if (inline.Span.IsEmpty || inline.Span.Start < 0) continue;
            start = Math.Min(start, inline.Span.Start);
            end = Math.Max(end, inline.Span.End + 1);
        }

        if (end <= start) return;
        end = Math.Min(end, source.Length);
        // The leaf's part of the shared buffer, blank until now (leaves never overlap).
        var buffer = masked.AsSpan(start, end - start);

        // Only the text of leaf inlines is copied: container prefixes ("> ", list indents), emphasis marks,
        // link targets, images, code spans and inline HTML stay blank, and every offset stays the source's.
        CopyText(leaf.Inline, source.Text, buffer, start);
        for (var i = 0; i + 1 < buffer.Length; i++)
        {
            // A backslash escape: the backslash is markup, the character after it is text.
            if (buffer[i] == '\\' && buffer[i + 1] is >= '!' and <= '~' && !char.IsLetterOrDigit(buffer[i + 1])) buffer[i] = ' ';
        }

        if (buffer.IsWhiteSpace() && hint != BlockHint.Caption) return;
        blocks.Add(new RawBlock(hint, TextSpan.FromBounds(start, end), string.Empty, 0) { Group = group, HeadingLevel = level, Emphasis = emphasis });
    }

    private static void CopyText(ContainerInline container, string text, Span<char> buffer, int offset)
    {
        foreach (var inline in container)
        {
            var span = inline.Span;
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                case CodeInline:
                case HtmlInline:
                    break;
                case AutolinkInline:
                    Copy(text, buffer, offset, span.Start + 1, span.End);
                    break;
                case LineBreakInline:
                    for (var p = Math.Max(span.Start, offset); p <= span.End && p - offset < buffer.Length; p++)
                    {
                        if (text[p] is '\n' or '\r') buffer[p - offset] = text[p];
                    }

                    break;
                case ContainerInline child:
                    CopyText(child, text, buffer, offset);
                    break;
                default:
                    if (!span.IsEmpty && span.Start >= 0) Copy(text, buffer, offset, span.Start, span.End + 1);
                    break;
            }
        }
    }

    private static void Copy(string text, Span<char> buffer, int offset, int from, int to)
    {
        from = Math.Max(from, offset);
        to = Math.Min(to, offset + buffer.Length);
        if (to > from) text.AsSpan(from, to - from).CopyTo(buffer.Slice(from - offset));
    }

    private static bool ReadFrontMatter(SourceText source, YamlFrontMatterBlock block, List<RawBlock> blocks, int group, char[] masked)
    {
        var span = TextSpan.FromBounds(block.Span.Start, Math.Min(block.Span.End + 1, source.Length));
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
            source.Text.CopyTo(fieldSpan.Start, masked, fieldSpan.Start, fieldSpan.Length);
            blocks.Add(new RawBlock(BlockHint.FrontMatterField, fieldSpan, string.Empty, 0) { Group = group, Name = key });
            hasTitle |= string.Equals(key, "title", StringComparison.OrdinalIgnoreCase) && valueLength > 0;
        }

        return hasTitle;
    }
}

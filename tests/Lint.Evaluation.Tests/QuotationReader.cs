namespace Lint.Evaluation.Tests;

/// <summary>
/// Pairs the quotation marks of a corpus article, independently of Lint's pairer. The corpus is written to be
/// unambiguous (curly marks turned the right way, straight marks balanced per paragraph, no plural possessive
/// inside a single-quoted passage), so simple rules suffice; anything the reader cannot pair is reported as a
/// problem, which the corpus-shape test turns into a failure.
/// </summary>
public static class QuotationReader
{
    private static readonly string[] Elisions = ["n", "em", "til", "cause", "tis", "twas"];

    /// <summary>Pairs every quotation of the article proper (not front matter, code, footer or tail).</summary>
    public static (IReadOnlyList<HarnessQuotation> Quotations, IReadOnlyList<string> Problems) Read(ArticleLayout layout)
    {
        var quotations = new List<HarnessQuotation>();
        var problems = new List<string>();
        var blocks = layout.Blocks;
        var carried = new List<Open>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (!IsQuotable(block.Kind)) continue;
            var text = block.Masked;
            var first = FirstContentIndex(text);
            var stack = new List<Open>();
            var from = 0;
            if (carried.Count > 0)
            {
                // The previous paragraph ended inside a quotation and this one reopens it (checked when it ended).
                carried[^1].Chain.Add(block.Start + first);
                stack.AddRange(carried);
                from = first + 1;
                carried = [];
            }

            for (var i = from; i < text.Length; i++)
            {
                var c = text[i];
                var prev = i > 0 ? text[i - 1] : ' ';
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                var offset = block.Start + i;
                switch (c)
                {
                    case '“':
                        stack.Add(new Open(true, [offset]));
                        break;
                    case '”':
                        Close(true, offset);
                        break;
                    case '"':
                        if (stack.Any(o => o.IsDouble)) Close(true, offset);
                        else stack.Add(new Open(true, [offset]));
                        break;
                    case '‘':
                        // Inside a word it is an ʻokina written with the nearest key (Hawai‘i), not a quotation mark.
                        if (!char.IsLetter(prev) && !IsElision(text, i)) stack.Add(new Open(false, [offset]));
                        break;
                    case '’' or '\'':
                        if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) break;
                        if (stack.Count > 0 && !stack[^1].IsDouble && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next)) Close(false, offset);
                        else if (c == '\'' && (char.IsWhiteSpace(prev) || prev is '"' or '“' or '(' || i == 0) && char.IsLetter(next) && !IsElision(text, i))
                            stack.Add(new Open(false, [offset]));
                        break;
                }
            }

            if (stack.Count > 0)
            {
                var next = b + 1 < blocks.Count ? blocks[b + 1] : null;
                var continues = next is not null && next.Kind == block.Kind && block.Kind is BlockKind.Paragraph or BlockKind.Blockquote
                    && StartsWithOpeningMark(next) && stack.All(o => o.IsDouble);
                if (continues) carried = stack;
                else problems.Add($"unclosed quotation at offset {stack[0].Chain[0]}: {Excerpt(block.Raw)}");
            }

            void Close(bool isDouble, int offset)
            {
                var index = stack.FindLastIndex(o => o.IsDouble == isDouble);
                if (index < 0 || index != stack.Count - 1)
                {
                    problems.Add($"closing mark at offset {offset} does not close the innermost quotation: {Excerpt(block.Raw)}");
                    if (index < 0) return;
                }

                var open = stack[index];
                stack.RemoveRange(index, stack.Count - index);
                quotations.Add(new HarnessQuotation(isDouble, open.Chain, offset, b));
            }
        }

        return ([.. quotations.Select(q => q with { RemovalLeavesItUnclosed = LeavesUnclosed(q, quotations, layout) })], problems);
    }

    /// <summary>Whether a paragraph starts with an opening quotation mark (the multi-paragraph convention).</summary>
    public static bool StartsWithOpeningMark(LayoutBlock block)
    {
        var text = block.Masked;
        var i = FirstContentIndex(text);
        if (i < 0 || i + 1 >= text.Length) return false;
        return text[i] is '“' or '"' or '‘' || (text[i] == '\'' && char.IsLetter(text[i + 1]));
    }

    private static bool LeavesUnclosed(HarnessQuotation quotation, List<HarnessQuotation> all, ArticleLayout layout)
    {
        var block = layout.Blocks[quotation.BlockIndex];

        // A later double opening in the same paragraph shows the first one was never closed (English does not nest doubles).
        if (quotation.IsDouble && all.Any(q => q.BlockIndex == quotation.BlockIndex && q.IsDouble && q.Openings[0] > quotation.Close)) return true;

        // A single quotation inside a double one is cut off by the double's closing mark.
        if (!quotation.IsDouble && all.Any(q => q.IsDouble && q.BlockIndex == quotation.BlockIndex && q.Openings[^1] < quotation.Openings[0] && q.Close > quotation.Close))
            return true;

        // Otherwise it stays open to the end of the paragraph: excused if the next paragraph opens with a quotation mark.
        var next = quotation.BlockIndex + 1 < layout.Blocks.Count ? layout.Blocks[quotation.BlockIndex + 1] : null;
        var excused = next is not null && next.Kind == block.Kind && block.Kind is BlockKind.Paragraph or BlockKind.Blockquote && StartsWithOpeningMark(next);
        return !excused;
    }

    private static bool IsQuotable(BlockKind kind) => kind is not (BlockKind.FrontMatter or BlockKind.Code or BlockKind.Footer or BlockKind.Tail or BlockKind.Byline);

    private static bool IsElision(string text, int i)
    {
        if (i + 1 >= text.Length) return false;
        if (char.IsDigit(text[i + 1])) return true;
        var end = i + 1;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var word = text.Substring(i + 1, end - i - 1);
        return Elisions.Contains(word, StringComparer.OrdinalIgnoreCase);
    }

    private static int FirstContentIndex(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i < text.Length ? i : -1;
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "…";

    private sealed class Open(bool isDouble, List<int> chain)
    {
        public bool IsDouble { get; } = isDouble;

        public List<int> Chain { get; } = chain;
    }
}

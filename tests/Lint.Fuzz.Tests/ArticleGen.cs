using CsCheck;
using Lint.Testing;

namespace Lint.Fuzz.Tests;

/// <summary>
/// Articles to lint: pieces of news prose, punctuation, Markdown and odd characters strung together (shrinking drops
/// pieces), nesting up to <see cref="MaxDepth"/>, long lines, and the sample and test articles cut and spliced.
/// </summary>
public static class ArticleGen
{
    /// <summary>
    /// The deepest nesting generated. Deeper Markdown is kept to the regression cases, which run in a process of their
    /// own: a stack overflow there must not take the whole test run down.
    /// </summary>
    public const int MaxDepth = 60;

    private static readonly string[] Words =
    [
        "The", "council", "met", "on", "Tuesday", "and", "voted", "said", "mayor", "plan", "city", "officials", "year", "Nov.",
        "U.S.", "US", "the", "the", "a", "in", "of", "had", "had", "that", "Duran", "Ill.", "AP", "Reuters", "WHO", "percent",
        "per cent", "March", "2026", "2019", "7-2", "$41", "million", "Springfield", "SPRINGFEILD", "KYIV", "Russia’s", "’90s",
    ];

    private static readonly string[] Marks =
    [
        " ", " ", " ", ", ", ". ", "! ", "? ", ": ", "; ", "\n", "\n\n", "\n\n", "\r\n", "\r", "\t", "  ", "“", "”", "‘", "’", "\"",
        "'", "—", " — ", " – ", " - ", "--", "...", "…", "(", ")", "©", "(c) ", "\u00A0", "\u2028", "\u200B", "\uFEFF",
    ];

    private static readonly string[] Markdown =
    [
        "# ", "## ", "### ", "> ", "- ", "* ", "+ ", "1. ", "2) ", "**", "*", "_", "__", "~~", "`", "```\n", "~~~\n", "    ",
        "[link](https://example.invalid/)", "[ref]", "[ref]: https://example.invalid/\n", "![image](a.png \"t\")", "<https://example.invalid>",
        "<!--", "-->", "<!-- note -->", "<!-- lint-disable ED2002 -->", "<!-- lint-enable ED2002 -->", "<!-- lint-disable -->",
        "<!-- lint-enable -->", "<!-- lint-disable-next-line ED2001 -->", "<!-- lint-disable-line -->", "<div>", "</div>", "<p>",
        "<br>", "<script>x</script>", "&amp;", "&#x27;", "| a | b |\n|---|---|\n| 1 | 2 |\n", "---\n", "===\n", "\\*", "\\",
        "{{ x }}", "{% if a %}", "[^1]", "[^1]: note\n", "- [ ] task\n", "***\n", "<",
    ];

    private static readonly string[] News =
    [
        "SPRINGFIELD, Ill. (AP) — ", "LONDON, Nov 3 (Reuters) - ", "Paris (AFP) - ", "RIYADH/ISTANBUL (Worthy News) – ",
        "WASHINGTON — ", "By Ana Ortiz, Staff Writer\n", "By ANA ORTIZ and LEE PARK\n", "Monday, Nov. 3, 2026", "Tuesday, March 3, 2026",
        "© 2019 Example News. All rights reserved.\n", "Copyright 2020 Example News\n", "Read more:\n", "Advertisement\n",
        "Share this story\n", "Home > News > World\n", "Click here\n", "Story continues below\n", "“We will rebuild,” she said.",
        "He said, “We will rebuild.", "the World Health Organization (WHO)", "Council Approves Flood Barrier After Year of Delays\n",
        "  • first item\n", "Photo: Example News\n", "(Reporting by Lee Park; Editing by Ana Ortiz)\n",
    ];

    /// <summary>Any UTF-16 code unit, lone surrogates and controls included.</summary>
    private static readonly Gen<string> Odd = Gen.Char.Array[1, 6].Select(c => new string(c));

    private static readonly Gen<string> Nested = Gen.Select(Gen.Int[2, MaxDepth], Gen.Int[0, 7], (depth, shape) => shape switch
    {
        0 => string.Concat(Enumerable.Repeat("> ", depth)) + "The council met.\n",
        1 => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item\n")),
        2 => new string('[', depth) + "text" + string.Concat(Enumerable.Repeat("](https://example.invalid/)", depth)),
        3 => new string('*', depth) + "word" + new string('*', depth),
        4 => string.Concat(Enumerable.Repeat("“", depth)) + "quoted" + string.Concat(Enumerable.Repeat("”", depth / 2)),
        5 => string.Concat(Enumerable.Repeat("<!--", depth)),
        6 => string.Concat(Enumerable.Repeat("(", depth)) + "x" + string.Concat(Enumerable.Repeat(")", depth)),
        _ => string.Concat(Enumerable.Repeat("<div>", depth)) + "x",
    });

    private static readonly Gen<string> LongLine = Gen.Select(Gen.Int[500, 30_000], Gen.Int[0, 2], (length, shape) => shape switch
    {
        0 => new string('a', length),
        1 => string.Concat(Enumerable.Repeat("word ", length / 5)),
        _ => string.Concat(Enumerable.Repeat("“a” ", length / 4)),
    });

    private static readonly Gen<string> Piece = Gen.Frequency(
        (12, Gen.OneOf(Words)),
        (10, Gen.OneOf(Marks)),
        (5, Gen.OneOf(Markdown)),
        (3, Gen.OneOf(News)),
        (2, Odd));

    /// <summary>An article made of pieces.</summary>
    public static readonly Gen<string> Pieces = Piece.Array[0, 150].Select(string.Concat);

    private static readonly Lazy<string[]> Samples = new(() =>
    [
        .. Directory.GetFiles(Repository.PathOf("samples", "articles")).Concat(Directory.GetFiles(Repository.PathOf("tests", "corpus", "articles")))
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText),
    ]);

    /// <summary>One edit of a sample: what, where (a fraction of the length), how much, and which piece to insert.</summary>
    private static readonly Gen<(int Kind, int At, int Length, string Piece)> Edit =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1_000_000], Gen.Int[1, 200], Piece);

    /// <summary>A sample or test article with a few edits: pieces inserted, runs deleted or doubled, the end cut off, lines swapped.</summary>
    public static readonly Gen<string> Mutated = Gen.Select(Gen.Int[0, 1_000], Edit.Array[1, 8], (index, edits) =>
    {
        var samples = Samples.Value;
        var text = new System.Text.StringBuilder(samples[index % samples.Length]);
        foreach (var (kind, at, length, piece) in edits)
        {
            var position = (int)((long)at * text.Length / 1_000_000);
            var count = Math.Min(length, text.Length - position);
            switch (kind)
            {
                case 0 or 1:
                    text.Insert(position, piece);
                    break;
                case 2:
                    text.Remove(position, count);
                    break;
                case 3:
                    text.Insert(position, text.ToString(position, count));
                    break;
                case 4:
                    text.Length = position;
                    break;
                default:
                    var lines = text.ToString().Split('\n');
                    var a = at % lines.Length;
                    var b = length % lines.Length;
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    text.Clear().Append(string.Join("\n", lines));
                    break;
            }
        }

        return text.ToString();
    });

    /// <summary>Pieces, mutated samples, the two together, and either with deep nesting or a long line inside.</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (4, Pieces),
        (3, Mutated),
        (1, Gen.Select(Mutated, Pieces, (a, b) => a + b)),
        (1, Gen.Select(Pieces, Nested, Pieces, (a, b, c) => a + b + c)),
        (1, Gen.Select(Pieces, LongLine, Gen.Frequency((1, Pieces), (1, Mutated)), (a, b, c) => a + b + c)));
}

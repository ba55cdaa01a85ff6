using System.Text;
using Lint.Articles;
using Lint.Text;

namespace Lint.Testing;

/// <summary>What <see cref="ArticleOutline.Render"/> shows besides each segment's kind and text.</summary>
public sealed record OutlineOptions
{
    /// <summary>The longest text shown for a segment or quotation; longer text is shortened in the middle.</summary>
    public int Width { get; init; } = 72;

    /// <summary>Each quotation under its segment, with its state.</summary>
    public bool Quotations { get; init; } = true;

    /// <summary>The source text under a segment whose content differs from it (Markdown markup, comments).</summary>
    public bool Source { get; init; }
}

/// <summary>
/// An article's model as text, one line per segment: its kind and its content as the checks read it, so a test shows
/// what the parser made of an article instead of line numbers and offsets. For example:
/// <code>
/// Headline          "Council Approves Budget"
/// Dateline          "SPRINGFIELD, Ill. (AP) —"  places SPRINGFIELD · region Ill. · agency AP
/// Paragraph         "SPRINGFIELD, Ill. (AP) — The council approved the budget on Tuesday."
///   quotation       «“We will rebuild.» unclosed
/// FrontMatterField  title = "Council Approves Budget"
/// </code>
/// Text is escaped and shortened by <see cref="Excerpt.Shorten"/>. A dateline segment lies inside the paragraph
/// after it; its line lists the places, region and agency the parser found. Quotations show their marks between
/// « and »: <c>closed</c>, <c>unclosed</c>, or carried over a paragraph break (<c>continues into next</c>,
/// <c>continues from previous</c>).
/// </summary>
public static class ArticleOutline
{
    private const int KindWidth = 18;

    /// <summary>The outline of <paramref name="article"/>, a line per segment (and per quotation and source text when asked).</summary>
    public static string Render(Article article, OutlineOptions? options = null)
    {
        options ??= new OutlineOptions();
        var source = article.Source;
        var quotations = options.Quotations ? article.Quotations.ToLookup(q => q.SegmentIndex) : null;
        var sb = new StringBuilder();
        foreach (var segment in article.Segments)
        {
            sb.Append(segment.Kind.ToString().PadRight(KindWidth));
            if (segment.Kind == SegmentKind.FrontMatterField) sb.Append(segment.Name).Append(" = ");
            sb.Append('"').Append(Excerpt.Shorten(segment.Content, options.Width)).Append('"');
            if (segment.Kind == SegmentKind.Dateline && article.Dateline is { } dateline)
                sb.Append("  ").Append(Describe(source, dateline));
            sb.Append('\n');

            if (options.Source && !string.Equals(source[segment.Span], segment.Content, StringComparison.Ordinal))
                Detail(sb, "source", "\"" + Excerpt.Shorten(source[segment.Span], options.Width) + "\"");

            if (quotations is not null && segment.Kind != SegmentKind.Dateline)
            {
                foreach (var quotation in quotations[segment.Index])
                    Detail(sb, "quotation", Describe(source, quotation, options.Width));
            }
        }

        return sb.ToString();
    }

    /// <summary>A quotation's text from its opening mark to its closing one (or its paragraph's end) in «», and its state.</summary>
    public static string Describe(SourceText source, Quotation quotation, int width = 72)
    {
        var end = quotation.Close?.End ?? Math.Max(quotation.Inner.End, quotation.Open.End);
        var text = source[TextSpan.FromBounds(quotation.Open.Start, end)];
        var states = new List<string>();
        if (quotation.ContinuesFromPrevious) states.Add("continues from previous");
        if (quotation.ContinuesIntoNext) states.Add("continues into next");
        else states.Add(quotation.Close is null ? "unclosed" : "closed");
        return "«" + Excerpt.Shorten(text, width) + "» " + string.Join(", ", states);
    }

    /// <summary>The places, region and agency of a dateline, as text.</summary>
    public static string Describe(SourceText source, Dateline dateline)
    {
        var parts = new List<string> { "places " + string.Join(" | ", dateline.Places.Select(p => source[p])) };
        if (dateline.Region is { } region) parts.Add("region " + source[region]);
        if (dateline.Agency is { } agency) parts.Add("agency " + source[agency]);
        return string.Join(" · ", parts);
    }

    private static void Detail(StringBuilder sb, string label, string text) =>
        sb.Append("  ").Append(label.PadRight(KindWidth - 2)).Append(text).Append('\n');
}

namespace Lint.Articles;

/// <summary>What part of an article a segment is; rule scopes select segments by kind.</summary>
public enum SegmentKind
{
    /// <summary>The article's title (first line of plain text, the first H1, or front matter <c>title</c>).</summary>
    Headline,

    /// <summary>A standfirst or kicker next to the headline.</summary>
    Deck,

    /// <summary>"By Jane Doe, Reporter".</summary>
    Byline,

    /// <summary>The dateline at the start of the first body paragraph ("WASHINGTON (AP) —"); it lies inside that paragraph.</summary>
    Dateline,

    /// <summary>A heading inside the body ("NATO EXPANSION", "## What comes next").</summary>
    Subhead,

    /// <summary>A body paragraph.</summary>
    Paragraph,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem,

    /// <summary>A paragraph inside a block quotation.</summary>
    Blockquote,

    /// <summary>A photo caption or credit line.</summary>
    Caption,

    /// <summary>A row of a table: figures in columns, a line of an earnings or results table ("Shr 25 cts vs 20 cts").</summary>
    Table,

    /// <summary>The copyright or rights line at the end of the article.</summary>
    Footer,

    /// <summary>Material that is not the article: breadcrumbs, link blocks ("More …", "You may also like"), share buttons, dates of teasers.</summary>
    Boilerplate,

    /// <summary>The whole YAML front matter block of a Markdown article.</summary>
    FrontMatter,

    /// <summary>One <c>key: value</c> field of the front matter; the segment covers the value.</summary>
    FrontMatterField,
}

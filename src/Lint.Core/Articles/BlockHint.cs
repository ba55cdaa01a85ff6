namespace Lint.Articles;

/// <summary>What a reader knows about a block before classification.</summary>
internal enum BlockHint
{
    Text,
    Heading,
    ListItem,
    Blockquote,
    Separator,
    Caption,
    LinkList,
    FrontMatter,
    FrontMatterField,

    /// <summary>A byline marked as one (HTML: an element of class <c>byline</c> or <c>author</c>).</summary>
    Byline,

    /// <summary>A deck marked as one (HTML: an element of class <c>deck</c>, <c>standfirst</c> and the like).</summary>
    Deck,

    /// <summary>A row of a table marked up as one (HTML <c>table</c>).</summary>
    Table,
}

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
}

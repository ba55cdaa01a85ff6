namespace Lint.Evaluation.Tests;

/// <summary>What the harness takes a block of a corpus article to be (see <see cref="ArticleLayout"/>).</summary>
public enum BlockKind
{
    /// <summary>YAML front matter of a Markdown article.</summary>
    FrontMatter,

    /// <summary>The article's title.</summary>
    Headline,

    /// <summary>A standfirst under the headline.</summary>
    Deck,

    /// <summary>"By …" credit line.</summary>
    Byline,

    /// <summary>Editor's notes, corrections and italic contributor lines: prose, but not the story's body.</summary>
    Note,

    /// <summary>A photo caption or credit.</summary>
    Caption,

    /// <summary>A heading inside the body.</summary>
    Subhead,

    /// <summary>A body paragraph: the only kind whose terminal punctuation is checked.</summary>
    Paragraph,

    /// <summary>A paragraph of a Markdown block quotation.</summary>
    Blockquote,

    /// <summary>A bulleted or numbered list item.</summary>
    ListItem,

    /// <summary>A fenced code block.</summary>
    Code,

    /// <summary>A copyright notice.</summary>
    Footer,

    /// <summary>Anything after the story: rules, contributor lines, link blocks, sign-offs.</summary>
    Tail,
}

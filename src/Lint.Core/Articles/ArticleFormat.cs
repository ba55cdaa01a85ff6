namespace Lint.Articles;

/// <summary>How the article text is written.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text as news sites publish it: one paragraph a line or blank-line separated.</summary>
    PlainText,

    /// <summary>CommonMark with YAML front matter.</summary>
    Markdown,

    /// <summary>HTML: a CMS's rendering of one article, or a whole saved web page read as best it can be (the article found in it).</summary>
    Html,
}

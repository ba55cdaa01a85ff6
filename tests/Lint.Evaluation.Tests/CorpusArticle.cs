using Lint.Articles;

namespace Lint.Evaluation.Tests;

/// <summary>One article of tests/corpus/articles: its repository-relative path (as findings are reported), text and format.</summary>
public sealed record CorpusArticle(string Name, string RelativePath, string Text, ArticleFormat Format)
{
    /// <summary>"txt" or "md", for the per-format columns of the report.</summary>
    public string FormatName => Format == ArticleFormat.Markdown ? "md" : "txt";
}

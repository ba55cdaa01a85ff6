using Lint.Testing;
using Lint.Articles;

namespace Lint.Evaluation.Tests;

/// <summary>The evaluation corpus, read once: every .txt and .md file of tests/corpus/articles, in name order.</summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<CorpusArticle>> ArticlesValue = new(Load);

    /// <summary>The articles, plain text and Markdown, sorted by file name so every run injects in the same order.</summary>
    public static IReadOnlyList<CorpusArticle> Articles => ArticlesValue.Value;

    private static IReadOnlyList<CorpusArticle> Load()
    {
        var folder = Repository.PathOf("tests", "corpus", "articles");
        return [.. Directory.EnumerateFiles(folder)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .Select(p => new CorpusArticle(
                Path.GetFileName(p),
                Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'),
                // Normalise line ends so offsets and the injector behave the same on a Windows checkout.
                File.ReadAllText(p).Replace("\r\n", "\n", StringComparison.Ordinal),
                p.EndsWith(".md", StringComparison.Ordinal) ? ArticleFormat.Markdown : ArticleFormat.PlainText))];
    }
}

namespace Lint.Evaluation.Tests;

/// <summary>
/// Keeps the corpus what the evaluation assumes: 15 plain-text and 15 Markdown articles of 300–900 words, each of
/// which the harness's own reader understands (every quotation pairs), so that a miss is the engine's and not the harness's.
/// </summary>
[Trait("Category", "Evaluation")]
public sealed class CorpusShapeTests
{
    [Fact]
    public void Corpus_has_fifteen_articles_of_each_format()
    {
        Assert.Equal(15, Corpus.Articles.Count(a => a.FormatName == "txt"));
        Assert.Equal(15, Corpus.Articles.Count(a => a.FormatName == "md"));
    }

    [Fact]
    public void Articles_are_between_300_and_900_words()
    {
        var outside = Corpus.Articles
            .Select(a => (a.Name, Words: a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length))
            .Where(a => a.Words is < 300 or > 900)
            .Select(a => $"{a.Name}: {a.Words} words")
            .ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void Harness_pairs_every_quotation_of_the_corpus()
    {
        var problems = Corpus.Articles
            .SelectMany(a => QuotationReader.Read(ArticleLayout.Read(a)).Problems.Select(p => $"{a.Name}: {p}"))
            .ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_article_has_body_paragraphs_and_a_reading_of_its_dateline()
    {
        foreach (var article in Corpus.Articles)
        {
            var layout = ArticleLayout.Read(article);
            Assert.True(layout.Blocks.Count(b => b.Kind == BlockKind.Paragraph) >= 5, $"{article.Name}: fewer than five body paragraphs");
        }

        // Most articles open with a wire dateline; a few deliberately have none.
        Assert.InRange(Corpus.Articles.Count(a => ArticleLayout.Read(a).DatelinePlaces.Count > 0), 24, 28);
    }
}

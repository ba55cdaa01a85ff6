namespace Lint.Evaluation.Tests;

/// <summary>Precision starts here: every corpus article is correct, so the four checks must say nothing about any of them.</summary>
[Trait("Category", "Evaluation")]
public sealed class CleanCorpusTests
{
    [Fact]
    public void Rule_pack_loads_without_errors()
    {
        Assert.Empty(LintRunner.Catalog.Errors.Select(e => $"{e.Path}: {e.Diagnostic.RuleId} {e.Diagnostic.Message}"));
        foreach (var id in LintRunner.CheckedIds) Assert.NotNull(LintRunner.Catalog.Find(id));
    }

    [Fact]
    public void Clean_articles_have_no_findings_of_the_four_checks()
    {
        var findings = Corpus.Articles
            .SelectMany(article => LintRunner.Lint(article.Text, article.RelativePath, article.Format).Select(d => Report.Format(article.RelativePath, d)))
            .ToList();

        Assert.True(findings.Count == 0, $"{findings.Count} finding(s) in articles that are meant to be correct:\n" + string.Join("\n", findings));
    }
}

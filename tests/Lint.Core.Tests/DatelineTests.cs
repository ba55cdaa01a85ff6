using Lint.Articles;
using Lint.Rules;
using Lint.Text;

namespace Lint.Core.Tests;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("[|RYADH|]/[|ISTANBUL|]/[|BUDAPEST|] (Worthy News) – Officials met.")]
    [InlineData("[|WASHINGTON|] (AP) — The Senate voted.")]
    [InlineData("[|SPRINGFIELD|], Ill. (AP) — Lawmakers returned.")]
    [InlineData("[|KYIV|], Ukraine (AP) — Sirens sounded.")]
    [InlineData("[|LONDON|], Nov 3 (Reuters) - Shares fell.")]
    [InlineData("[|Paris|] (AFP) - Talks resumed.")]
    [InlineData("[|NEW YORK|] -- Stocks rose.")]
    [InlineData("[|ST. PAUL|], Minn. (AP) — Snow fell.")]
    public void Finds_the_places_of_a_dateline(string marked)
    {
        var (text, expected) = SpanMarkup.Parse(marked);
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
        Assert.NotNull(article.Dateline);
        Assert.Equal(SpanMarkup.Mark(text, expected), SpanMarkup.Mark(text, article.Dateline!.Places));
    }

    [Theory]
    [InlineData("BREAKING: The Senate passed the bill.")]
    [InlineData("The mayor — a former teacher — spoke.")]
    [InlineData("U.S.-Russia talks resumed on Tuesday.")]
    [InlineData("NATO said on Tuesday that talks would resume.")]
    [InlineData("Paris - the city of light - was quiet.")]
    public void Ignores_look_alikes(string text)
    {
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
        Assert.Null(article.Dateline);
    }
}

using Lint.Articles;
using Lint.Rules;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>Quotation pairing, shown as text: <c>[|…|]</c> marks the opening mark of every unclosed quotation.</summary>
public sealed class QuotationTests
{
    [Theory]
    [InlineData("The mayor said, “We will rebuild.”")]
    [InlineData("“We will rebuild,” the mayor said, “and soon.”")]
    [InlineData("Russia’s players’ union recalled the ’90s and rock ’n’ roll, ’cause it’s time.")]
    [InlineData("“He called it ‘a farce,’ and left,” she said.")]
    [InlineData("US and Russia agreed to \"normalize\" relations, according to Russia's ministry.")]
    [InlineData("He said \"no.\" Then she said \"yes.\"")]
    [InlineData("The 6'2\" forward and the ’90s band.")]
    [InlineData("The mayor said, [|“|]We will rebuild.")]
    [InlineData("[|“|]We will rebuild, the mayor said. “And soon.”")]
    [InlineData("Officials called it [|\"|]a first step and moved on.")]
    [InlineData("“He called it [|‘|]a farce, and left,” she said.")]
    [InlineData("“It was an attempt to mislead voters,’’ the chief executive said.")]
    [InlineData("“He called it \"a farce\" and left,” she said.")]
    [InlineData("Fans of rock 'n' roll packed the hall in the '90s, \"all of 'em,\" a guard said.")]
    public void Pairs_quotations_within_a_paragraph(string marked)
    {
        var (text, expected) = SpanMarkup.Parse(marked);
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
        var unclosed = article.Quotations.Where(q => !q.IsClosed).Select(q => q.Open).ToList();
        Assert.Equal(SpanMarkup.Mark(text, expected), SpanMarkup.Mark(text, unclosed));
    }

    [Fact]
    public void A_quotation_reopened_in_the_next_paragraph_continues()
    {
        const string text = "“We will rebuild the school,” the mayor said.\n\n“It will take time.\n\n“But we will not give up.”\n";
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
        Assert.All(article.Quotations, q => Assert.True(q.IsClosed));
        var carried = Assert.Single(article.Quotations, q => q.ContinuesIntoNext);
        Assert.Equal(text.IndexOf("“It", StringComparison.Ordinal), carried.Open.Start);
        Assert.Contains(article.Quotations, q => q.ContinuesFromPrevious && q.Close is not null);
    }

    [Fact]
    public void A_quotation_left_open_before_an_unquoted_paragraph_is_unclosed()
    {
        const string text = "He said, “We will rebuild.\n\nThe council met on Tuesday.\n";
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
        var open = Assert.Single(article.Quotations, q => !q.IsClosed);
        Assert.Equal(text.IndexOf('“'), open.Open.Start);
    }

    [Fact]
    public void A_heading_breaks_a_running_quotation()
    {
        const string text = "He said, “We will rebuild.\n\nNEXT STEPS\n\n“The council met.”\n";
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
        Assert.Single(article.Quotations, q => !q.IsClosed);
    }
}

using Lint.Articles;
using Lint.Rules;
using Lint.Testing;
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

    /// <summary>
    /// A quotation left open at a paragraph's end and reopened by the next paragraph is carried over, not unclosed:
    /// the outline shows it continuing into the next paragraph, and that one's closing it.
    /// </summary>
    [Fact]
    public void A_quotation_reopened_in_the_next_paragraph_continues()
    {
        const string text = "“We will rebuild the school,” the mayor said.\n\n“It will take time.\n\n“But we will not give up.”\n";
        Approvals.Verify(Outline(text));
    }

    /// <summary>A quotation still open when an unquoted paragraph follows is unclosed at its opening mark.</summary>
    [Fact]
    public void A_quotation_left_open_before_an_unquoted_paragraph_is_unclosed()
    {
        const string text = "He said, “We will rebuild.\n\nThe council met on Tuesday.\n";
        Approvals.Verify(Outline(text));
    }

    /// <summary>A heading between two quoted paragraphs ends the first quotation there: it is unclosed.</summary>
    [Fact]
    public void A_heading_breaks_a_running_quotation()
    {
        const string text = "He said, “We will rebuild.\n\nNEXT STEPS\n\n“The council met.”\n";
        Approvals.Verify(Outline(text));
    }

    private static string Outline(string text) =>
        ArticleOutline.Render(ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true));
}

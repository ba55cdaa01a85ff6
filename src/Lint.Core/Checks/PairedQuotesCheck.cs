using System.Text;
using Lint.Articles;
using Lint.Rules;

namespace Lint.Checks;

/// <summary>Kind <c>paired-quotes</c>: a quotation the model paired as never closed (news multi-paragraph style is closed).</summary>
public sealed class PairedQuotesCheck : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var segments = context.Article.Segments;
        foreach (var quotation in context.Article.Quotations)
        {
            if (quotation.IsClosed) continue;
            if (!context.Rule.Scope.Includes(segments[quotation.SegmentIndex])) continue;
            context.Report(quotation.Open, new Dictionary<string, string>
            {
                ["mark"] = context.Article.Source.Text.Substring(quotation.Open.Start, 1),
                ["start"] = Opening(context.Article.Source.Text, quotation),
            });
        }
    }

    /// <summary>The first words of the quotation, so the message says which one it is.</summary>
    private static string Opening(string text, Quotation quotation)
    {
        var inner = quotation.Inner;
        var sb = new StringBuilder();
        var words = 0;
        var inWord = false;
        for (var i = inner.Start; i < inner.End && i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n') break;
            if (char.IsWhiteSpace(c))
            {
                if (inWord && ++words == 6) return sb.ToString().TrimEnd() + "…";
                inWord = false;
            }
            else
            {
                inWord = true;
            }

            sb.Append(c);
        }

        return sb.ToString().TrimEnd();
    }
}

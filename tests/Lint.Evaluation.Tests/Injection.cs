using Lint.Text;

namespace Lint.Evaluation.Tests;

/// <summary>
/// One variant of a corpus article with exactly one injected error. <see cref="Sites"/> are where a correct finding
/// must overlap or touch (the misspelt city, the opening mark of the damaged quotation, the word left without its
/// period, the stale year); the edit itself (<see cref="EditStart"/>, <see cref="RemovedLength"/>,
/// <see cref="InsertedLength"/>) maps the clean article's findings into the variant.
/// </summary>
public sealed record Injection(
    CorpusArticle Article,
    string RuleId,
    string Subtype,
    string Description,
    string Text,
    IReadOnlyList<TextSpan> Sites,
    int EditStart,
    int RemovedLength,
    int InsertedLength)
{
    /// <summary>The text of the clean article that the edit replaced.</summary>
    public string Original => Article.Text.Substring(EditStart, RemovedLength);

    /// <summary>Where a span of the clean article lies in the variant, or null when the edit touched it.</summary>
    public TextSpan? MapFromClean(TextSpan span)
    {
        if (span.End <= EditStart) return span;
        if (span.Start >= EditStart + RemovedLength) return new TextSpan(span.Start + InsertedLength - RemovedLength, span.Length);
        return null;
    }
}

using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>terminal-punctuation</c>: a paragraph or sentence that does not end (<see cref="TerminalPunctuationCheck"/>).</summary>
internal sealed class TerminalPunctuationKind() : CheckKind(
    "terminal-punctuation",
    messageArguments: ["unit", "word"],
    defaultScope: ["paragraph"])
{
    private static readonly CheckOption Paragraphs = new("paragraphs", CheckOptionType.Boolean, "Flag paragraphs that end without terminal punctuation.") { Default = "true" };

    private static readonly CheckOption Sentences = new("sentences", CheckOptionType.Boolean, "Flag sentences that run on into the next inside a paragraph without terminal punctuation.")
        { Default = "false" };

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [Paragraphs, Sentences];

    /// <inheritdoc />
    public override CheckCost Cost => CheckCost.Moderate;

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options)
    {
        var paragraphs = options.GetBool(Paragraphs);
        var sentences = options.GetBool(Sentences);
        if (!paragraphs && !sentences) options.Invalid(Sentences.Name, "a terminal-punctuation check needs 'paragraphs', 'sentences' or both to be true");
        return options.HasErrors ? null : new TerminalPunctuationCheck(paragraphs, sentences);
    }
}

using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>repetition</c>: a word written twice in a row, "the the" (<see cref="RepetitionCheck"/>).</summary>
internal sealed class RepetitionKind() : CheckKind(
    "repetition",
    messageArguments: ["match"],
    defaultScope: ["paragraph", "list-item", "blockquote", "headline", "deck", "subhead", "caption"])
{
    private static readonly CheckOption Exceptions = new("exceptions", CheckOptionType.TextList, "Words that may stand twice in a row (\"had had\", \"that that\").");
    private static readonly CheckOption IgnoreCase = SharedOptions.IgnoreCaseByDefault;

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [Exceptions, IgnoreCase];

    /// <inheritdoc />
    public override CheckCost Cost => CheckCost.Moderate;

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new RepetitionCheck(options.GetStringList(Exceptions.Name), options.GetBool(IgnoreCase));
}

using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>duplicate-text</c>: text printed twice (<see cref="DuplicateTextCheck"/>).</summary>
internal sealed class DuplicateTextKind() : CheckKind(
    "duplicate-text",
    messageArguments: ["text", "problem", "line"],
    defaultScope: ["paragraph", "blockquote", "list-item", "boilerplate", "subhead", "caption"])
{
    private static readonly CheckOption MinWords = new("min-words", CheckOptionType.Integer,
        "Paragraphs of at least this many words count as repeated when they appear again anywhere (default 8).")
        { Default = "8", Minimum = 1, Maximum = 1000 };

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [MinWords];

    /// <inheritdoc />
    public override CheckCost Cost => CheckCost.Heavy;

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new DuplicateTextCheck(options.GetInt(MinWords));
}

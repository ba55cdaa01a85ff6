using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>name-variants</c>: one person named in two spellings (<see cref="NameVariantsCheck"/>).</summary>
internal sealed class NameVariantsKind() : CheckKind(
    "name-variants",
    messageArguments: ["name", "first"],
    defaultScope: ["paragraph", "blockquote", "list-item", "caption"])
{
    /// <inheritdoc />
    public override CheckCost Cost => CheckCost.Moderate;

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new NameVariantsCheck();
}

using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>double-space</c>: two or more spaces between words (<see cref="DoubleSpaceCheck"/>).</summary>
internal sealed class DoubleSpaceKind() : CheckKind(
    "double-space",
    messageArguments: ["count"],
    defaultScope: ["paragraph", "list-item", "blockquote", "headline", "subhead", "caption", "byline"])
{
    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new DoubleSpaceCheck();
}

using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>byline-form</c>: a byline not written in the house form (capital "By", initials with a period, a comma before the organisation) (<see cref="BylineFormCheck"/>).</summary>
internal sealed class BylineFormKind() : CheckKind(
    "byline-form",
    messageArguments: ["problem"],
    defaultScope: ["byline"])
{
    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new BylineFormCheck();
}

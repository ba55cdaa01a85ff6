using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>missing-headline</c>: an article without a headline (<see cref="MissingHeadlineCheck"/>).</summary>
internal sealed class MissingHeadlineKind() : CheckKind(
    "missing-headline",
    messageArguments: ["first"],
    defaultScope: ["headline"])
{
    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new MissingHeadlineCheck();
}

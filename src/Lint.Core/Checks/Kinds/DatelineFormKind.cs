using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>dateline-form</c>: a US dateline not written in AP style (<see cref="DatelineFormCheck"/>).</summary>
internal sealed class DatelineFormKind() : CheckKind(
    "dateline-form",
    messageArguments: ["problem"],
    defaultScope: ["dateline"])
{
    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new DatelineFormCheck();
}

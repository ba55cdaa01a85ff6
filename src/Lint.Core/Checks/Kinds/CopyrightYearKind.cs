using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>copyright-year</c>: a copyright notice whose latest year is not the reference year (<see cref="CopyrightYearCheck"/>).</summary>
internal sealed class CopyrightYearKind() : CheckKind(
    "copyright-year",
    messageArguments: ["year", "current", "problem"],
    defaultScope: ["footer", "paragraph"])
{
    /// <inheritdoc />
    public override bool NeedsReferenceDate => true;

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new CopyrightYearCheck();
}

using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>dash-spacing</c>: dashes spaced one way throughout (<see cref="DashSpacingCheck"/>).</summary>
internal sealed class DashSpacingKind() : CheckKind(
    "dash-spacing",
    messageArguments: ["match", "first"],
    defaultScope: ["paragraph", "list-item", "blockquote", "caption", "subhead", "boilerplate"])
{
    private static readonly CheckOption Style = new("style", CheckOptionType.Text, "first: the first dash in the article sets the style; spaced or closed: the pack's style.")
        { Default = "majority", Allowed = DashSpacingCheck.Styles };

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [Style];

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new DashSpacingCheck(options.GetString(Style)!);
}

using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>capitalization</c>: headline style (<see cref="CapitalizationCheck"/>).</summary>
internal sealed class CapitalizationKind() : CheckKind(
    "capitalization",
    messageArguments: ["match", "expected", "style"],
    defaultScope: ["headline", "subhead"])
{
    private static readonly CheckOption Style = new("style", CheckOptionType.Text,
        "The case lines must be in: ap or chicago title case, consistent (a line in title case follows AP), sentence, upper or lower.")
        { Required = true, Allowed = CapitalizationCheck.Styles };

    private static readonly CheckOption Exceptions = new("exceptions", CheckOptionType.TextList,
        "Words written as given whatever the style (names, iPhone); the terms of the pack's vocabulary/accept.txt are added to them.");

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [Style, Exceptions];

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options)
    {
        var style = options.GetString(Style);
        var exceptions = options.GetExceptions();
        if (style is null && !options.HasErrors) options.Fail(Style.Name, $"a capitalization check needs 'style'; allowed values: {string.Join(", ", Style.Allowed!)}");
        return options.HasErrors || style is null ? null : new CapitalizationCheck(style, exceptions);
    }
}

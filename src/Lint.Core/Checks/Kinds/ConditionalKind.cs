using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>conditional</c>: spell out on first use (<see cref="ConditionalCheck"/>).</summary>
internal sealed class ConditionalKind() : CheckKind(
    "conditional",
    messageArguments: ["match"],
    defaultScope: ["paragraph", "list-item", "blockquote"])
{
    private static readonly CheckOption First = new("first", CheckOptionType.Text, "Regular expression of a use that needs a definition before it (by default an acronym).")
        { Default = ConditionalCheck.DefaultFirst };

    private static readonly CheckOption Second = new("second", CheckOptionType.Text,
        "Regular expression of the definition, whose group 1 is the key a use must match (by default a name followed by its acronym in parentheses).")
        { Default = ConditionalCheck.DefaultSecond };

    private static readonly CheckOption Exceptions = new("exceptions", CheckOptionType.TextList, "Uses that need no definition (AP, US, UN).");

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [First, Second, Exceptions];

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options)
    {
        var first = options.GetRegex(First.Name) ?? (options.HasErrors ? null : options.CompileRegex(First.Name, First.Default!, false));
        var second = options.GetRegex(Second.Name) ?? (options.HasErrors ? null : options.CompileRegex(Second.Name, Second.Default!, false));
        var exceptions = options.GetStringList(Exceptions.Name);
        return options.HasErrors || first is null || second is null ? null : new ConditionalCheck(first, second, new HashSet<string>(exceptions, StringComparer.Ordinal));
    }
}

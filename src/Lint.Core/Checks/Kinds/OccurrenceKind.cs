using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>occurrence</c>: at least or at most so many matches (<see cref="OccurrenceCheck"/>).</summary>
internal sealed class OccurrenceKind() : CheckKind(
    "occurrence",
    messageArguments: ["count", "min", "max", "match"],
    defaultScope: ["paragraph"])
{
    private static readonly CheckOption Tokens = SharedOptions.Tokens("count");
    private static readonly CheckOption Patterns = SharedOptions.Patterns("count");
    private static readonly CheckOption Exceptions = new("exceptions", CheckOptionType.TextList, "Matches not to count.");
    private static readonly CheckOption IgnoreCase = SharedOptions.IgnoreCase;

    private static readonly CheckOption Min = new("min", CheckOptionType.Integer, "The fewest matches allowed; too few is reported at the segment (the first one with per: article).")
        { Minimum = 0, Maximum = int.MaxValue };

    private static readonly CheckOption Max = new("max", CheckOptionType.Integer, "The most matches allowed; too many is reported at the first match over it.")
        { Minimum = 0, Maximum = int.MaxValue };

    private static readonly CheckOption Per = new("per", CheckOptionType.Text, "Count in each segment of the scope, or over the whole article.")
        { Default = "segment", Allowed = ["segment", "article"] };

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [Tokens, Patterns, Exceptions, IgnoreCase, Min, Max, Per];

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options)
    {
        var ignoreCase = options.GetBool(IgnoreCase);
        var tokens = options.GetStringList(Tokens.Name);
        var patterns = options.GetPatternList(Patterns.Name, ignoreCase);
        var exceptions = options.GetStringList(Exceptions.Name);
        var min = options.GetNumber(Min);
        var max = options.GetNumber(Max);
        var per = options.GetString(Per);
        var combined = ExistenceCheck.Combine(tokens, patterns);
        if (combined is null) options.Fail(Tokens.Name, "an occurrence check needs 'tokens' or 'patterns' to count");
        if (min is null && max is null) options.Fail(Max.Name, "an occurrence check needs 'min', 'max' or both");
        if (min is { } lo && max is { } hi && lo > hi) options.Invalid(Min.Name, "'min' must not be greater than 'max'");
        if (options.HasErrors || combined is null) return null;
        var regex = options.CompileRegex(Patterns.Name, combined, ignoreCase);
        return regex is null ? null : new OccurrenceCheck(regex, exceptions, ignoreCase, (int?)min, (int?)max, per == "article");
    }
}

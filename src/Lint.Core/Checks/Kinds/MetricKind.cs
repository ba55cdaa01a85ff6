using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>metric</c>: a readability formula within bounds (<see cref="MetricCheck"/>).</summary>
internal sealed class MetricKind() : CheckKind(
    "metric",
    messageArguments: ["value", "formula", "min", "max", "words", "sentences"],
    defaultScope: ["paragraph"])
{
    private static readonly CheckOption Formula = new("formula", CheckOptionType.Text,
        $"A named formula, or an expression over {string.Join(", ", TextStatistics.Variables.Keys)} with + - * /, parentheses and sqrt().")
        { Required = true, Examples = [.. MetricFormula.Named.Keys] };

    private static readonly CheckOption Min = new("min", CheckOptionType.Number, "The lowest value allowed.") { Minimum = -1000, Maximum = 1000 };
    private static readonly CheckOption Max = new("max", CheckOptionType.Number, "The highest value allowed.") { Minimum = -1000, Maximum = 1000 };

    private static readonly CheckOption Per = new("per", CheckOptionType.Text, "Measure each segment of the scope, or the whole article.")
        { Default = "segment", Allowed = ["segment", "article"] };

    private static readonly CheckOption MinWords = new("min-words", CheckOptionType.Integer, "Text of fewer words than this is not measured.")
        { Default = "1", Minimum = 0, Maximum = 100_000 };

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [Formula, Min, Max, Per, MinWords];

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options)
    {
        var text = options.GetString(Formula);
        var min = options.GetNumber(Min);
        var max = options.GetNumber(Max);
        var per = options.GetString(Per);
        var minWords = options.GetInt(MinWords);
        if (text is null)
        {
            options.Fail(Formula.Name, $"a metric check needs 'formula': one of {string.Join(", ", MetricFormula.Named.Keys)}, or an expression over {string.Join(", ", TextStatistics.Variables.Keys)}");
            return null;
        }

        var formula = MetricFormula.TryParse(text, out var error);
        if (formula is null) options.Invalid(Formula.Name, $"'formula' does not parse: {error}");
        if (min is null && max is null) options.Fail(Max.Name, "a metric check needs 'min', 'max' or both");
        return options.HasErrors || formula is null ? null : new MetricCheck(formula, min, max, per == "article", minWords);
    }
}

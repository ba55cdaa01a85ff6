namespace Lint.Loading;

/// <summary>
/// One option of a check kind, as rule authors and the rule schema see it: its key, the shape of its value, what it
/// does, and (when it has them) its default, allowed values, range and example values.
/// </summary>
/// <param name="Name">The key under <c>check:</c>.</param>
/// <param name="Type">The shape of the value.</param>
/// <param name="Description">What the option does, in one line.</param>
public sealed record CheckOption(string Name, CheckOptionType Type, string Description)
{
    /// <summary>Whether a rule of the kind must give the option.</summary>
    public bool Required { get; init; }

    /// <summary>The value used when the rule leaves the option out, as written in a rule file; null when there is none.</summary>
    public string? Default { get; init; }

    /// <summary>For a text option, its only valid values; null when any text will do.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>Typical values of a text option that takes more than them (the named formulas of a metric).</summary>
    public IReadOnlyList<string>? Examples { get; init; }

    /// <summary>For a number, the lowest value allowed.</summary>
    public double? Minimum { get; init; }

    /// <summary>For a number, the highest value allowed.</summary>
    public double? Maximum { get; init; }
}

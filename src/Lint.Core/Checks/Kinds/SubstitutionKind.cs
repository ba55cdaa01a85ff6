using Lint.Loading;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks.Kinds;

/// <summary><c>substitution</c>: write this, not that (<see cref="SubstitutionCheck"/>).</summary>
internal sealed class SubstitutionKind() : CheckKind(
    "substitution",
    messageArguments: ["match", "expected"],
    defaultScope: ["paragraph", "list-item", "blockquote"])
{
    private static readonly CheckOption Swap = new("swap", CheckOptionType.TextMapping,
        "Observed text mapped to what to write instead: one suggestion or a list of them, one fix each.") { Required = true };

    private static readonly CheckOption Regex = new("regex", CheckOptionType.Boolean, "keys are regular expressions; suggestions may use $1, ${name}") { Default = "false" };
    private static readonly CheckOption IgnoreCase = SharedOptions.IgnoreCase;

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [Swap, Regex, SharedOptions.ExceptionsAndVocabulary, IgnoreCase];

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options)
    {
        var ignoreCase = options.GetBool(IgnoreCase);
        var isRegex = options.GetBool(Regex);
        var swap = options.GetMapping(Swap.Name);
        var exceptions = options.GetExceptions();
        if (swap.Count == 0 && !options.HasErrors)
        {
            options.Fail(Swap.Name, "a substitution check needs 'swap': a mapping of observed text to what to write instead");
            return null;
        }

        var entries = new List<SubstitutionCheck.Entry>();
        var patterns = new List<string>();
        foreach (var pair in swap)
        {
            var pattern = isRegex ? pair.Key : ExistenceCheck.Combine([pair.Key], [])!;
            var own = isRegex ? RegexFactory.TryCreateForShortText("^(?:" + pattern + ")$", ignoreCase, out _) : null;
            if (isRegex && own is null)
            {
                options.CompileRegex(Swap.Name, pattern, ignoreCase);
                continue;
            }

            patterns.Add(pattern);
            entries.Add(new SubstitutionCheck.Entry(own, pair.Value));
        }

        if (options.HasErrors) return null;
        var regex = options.CompileRegex(Swap.Name, SubstitutionCheck.Combine(patterns), ignoreCase);
        return regex is null ? null : new SubstitutionCheck(regex, entries, exceptions, ignoreCase);
    }
}

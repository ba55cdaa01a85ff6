using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>consistency</c>: one form of each set per article (<see cref="ConsistencyCheck"/>).</summary>
internal sealed class ConsistencyKind() : CheckKind(
    "consistency",
    messageArguments: ["match", "first"],
    defaultScope: ["headline", "deck", "subhead", "paragraph", "list-item", "blockquote", "caption"])
{
    private static readonly CheckOption Prefer = new("prefer", CheckOptionType.Text,
        "majority: the form used most in the scope is the article's (the first one breaking a tie); first: the first form used is.")
        { Default = "majority", Allowed = ConsistencyCheck.Preferences };

    private static readonly CheckOption Sets = new("sets", CheckOptionType.TextSets, "Lists of forms that mean the same, such as [[US, U.S.], [percent, per cent]]; an article uses one form of each.")
        { Required = true };

    private static readonly CheckOption IgnoreCase = SharedOptions.IgnoreCase;

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [Sets, Prefer, IgnoreCase];

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options)
    {
        var ignoreCase = options.GetBool(IgnoreCase);
        var prefer = options.GetString(Prefer);
        var sets = options.GetListOfLists(Sets.Name, 2);
        if (sets.Count == 0 && !options.HasErrors)
        {
            options.Fail(Sets.Name, "a consistency check needs 'sets': a list of lists of forms, such as [[US, U.S.], [percent, per cent]]");
            return null;
        }

        var forms = new Dictionary<string, (int Set, string Form)>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        for (var i = 0; i < sets.Count; i++)
        {
            foreach (var form in sets[i])
            {
                if (forms.ContainsKey(form)) options.Invalid(Sets.Name, $"'{form}' appears in 'sets' more than once");
                else forms[form] = (i, form);
            }
        }

        if (options.HasErrors) return null;

        // Longest first, so "per cent" is not read as "per" when both are forms.
        var combined = ExistenceCheck.Combine([.. forms.Keys.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)], [])!;
        var regex = options.CompileRegex(Sets.Name, combined, ignoreCase);
        return regex is null ? null : new ConsistencyCheck(regex, forms, prefer != "first");
    }
}

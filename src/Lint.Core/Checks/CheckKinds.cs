using System.Diagnostics.CodeAnalysis;
using Lint.Checks.Kinds;
using Lint.Loading;

namespace Lint.Checks;

/// <summary>
/// The check kinds a rule file can name under <c>check.kind</c>. Each kind is one class in Checks/Kinds that carries
/// everything about it (see <see cref="CheckKind"/>); this list only names them, one line each, so that the lint tool
/// finds them without reflection (Native AOT and trimming). A test fails when a kind class is missing here.
/// </summary>
/// <remarks>
/// Adding a kind: its check (Checks/XCheck.cs), its kind (Checks/Kinds/XKind.cs: name, options, placeholders, default
/// scope, cost, reference date, factory), a line below, its tests and its section in docs/writing-rules.md; then run
/// the schema drift test with LINT_UPDATE=1 to regenerate the check part of rules/rule.schema.json.
/// </remarks>
public static class CheckKinds
{
    /// <summary>Every kind, in the order of their class names.</summary>
    public static IReadOnlyList<CheckKind> All { get; } =
    [
        new BylineFormKind(),
        new CapitalizationKind(),
        new ConditionalKind(),
        new ConsistencyKind(),
        new CopyrightYearKind(),
        new DashSpacingKind(),
        new DatelineFormKind(),
        new DatelineKind(),
        new DoubleSpaceKind(),
        new DuplicateTextKind(),
        new ExistenceKind(),
        new MetricKind(),
        new MissingHeadlineKind(),
        new NameVariantsKind(),
        new OccurrenceKind(),
        new PairedQuotesKind(),
        new QuoteStyleKind(),
        new RepetitionKind(),
        new SubstitutionKind(),
        new TerminalPunctuationKind(),
        new VocabularyKind(),
        new WeekdayDateKind(),
    ];

    private static readonly Dictionary<string, CheckKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys.OrderBy(k => k, StringComparer.Ordinal)];

    /// <summary>Looks a kind up by name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out CheckKind? kind) => ByName.TryGetValue(name, out kind);
}

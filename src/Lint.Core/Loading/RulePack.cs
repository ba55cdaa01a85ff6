namespace Lint.Loading;

/// <summary>
/// One rule pack: its rule files and where its data files come from. Packs are loaded in the order given, so
/// a rule id defined by the built-in pack cannot be taken over by a later pack (that is an ED0005 error against the
/// later file), and each pack's rules read their own data, never another pack's.
/// </summary>
public sealed record RulePack(IReadOnlyList<RuleFile> Files, IRuleDataProvider Data)
{
    /// <summary>The pack's name, which <c>lint.packs</c> refers to.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>
    /// Where the pack's rule pages live (a rule's page is this plus its id and ".md"), for rules without a
    /// <c>help-uri</c> of their own; null for the loader's default, empty for none, so that a newsroom's rules get no
    /// link rather than a dead one into the built-in pack's pages.
    /// </summary>
    public string? HelpBaseUri { get; init; }
}

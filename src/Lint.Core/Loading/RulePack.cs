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
}

using Lint.Loading;

namespace Lint.Analyzer;

/// <summary>The built-in catalog, loaded once per process (the compiler server keeps it between builds).</summary>
internal static class Catalogs
{
    private static readonly Lazy<RuleCatalog> BuiltInValue = new(() => RulePackLoader.Load([BuiltInPack.Pack], LintLinks.RuleDocsBaseUri));

    /// <summary>The built-in pack's rules, as <c>lint check</c> loads them without <c>--rules</c>.</summary>
    public static RuleCatalog BuiltIn => BuiltInValue.Value;

    /// <summary>
    /// The built-in pack followed by the project's own packs, loaded in one go so that an ID the built-in pack
    /// already defines is reported (ED0005) against the project's file, exactly as with <c>lint check --rules</c>.
    /// </summary>
    public static RuleCatalog With(IReadOnlyList<RulePack> projectPacks) =>
        projectPacks.Count == 0 ? BuiltIn : RulePackLoader.Load([BuiltInPack.Pack, .. projectPacks], LintLinks.RuleDocsBaseUri);
}

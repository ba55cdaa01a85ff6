using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Text;

namespace Lint.Testing;

/// <summary>The repository's rules/ folder loaded once, and linting helpers on top of it.</summary>
public static class BuiltInRules
{
    private static readonly Lazy<RuleCatalog> CatalogValue = new(() => Load(Repository.PathOf("rules")));

    /// <summary>The built-in catalog.</summary>
    public static RuleCatalog Catalog => CatalogValue.Value;

    /// <summary>The reference date the seeds' expectations assume.</summary>
    public static readonly ReferenceDate SeedDate = new(2026, 11, 22);

    /// <summary>Loads every .yaml file below <paramref name="root"/> with data from that folder.</summary>
    public static RuleCatalog Load(string root)
    {
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new RuleFile(Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllText(p)));
        return RulePackLoader.Load(files, new FolderData(root), "https://example.invalid/docs/");
    }

    /// <summary>Lints <paramref name="text"/> with the built-in rules as of <see cref="SeedDate"/>.</summary>
    public static IReadOnlyList<LintDiagnostic> Lint(string text, string path = "article.txt") =>
        new Linter(Catalog).Lint(new SourceText(text, path), new LintConfiguration(SeedDate));

    /// <summary>
    /// A configuration as of <paramref name="date"/> that also switches on the rules of <paramref name="catalog"/> shipped
    /// switched off, at their declared severity: measurements read every rule, not only the ones on by default.
    /// </summary>
    public static LintConfiguration EveryRuleOn(RuleCatalog catalog, ReferenceDate date) => new(date)
    {
        Severities = catalog.Rules.Where(r => !r.Descriptor.EnabledByDefault)
            .ToDictionary(r => r.Id, r => r.Descriptor.DefaultSeverity, StringComparer.OrdinalIgnoreCase),
    };

    private sealed class FolderData(string root) : IRuleDataProvider
    {
        public string? Read(string relativePath)
        {
            var path = Path.Combine(root, relativePath);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
    }
}

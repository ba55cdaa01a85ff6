using Lint.Loading;

namespace Lint.Fuzz;

/// <summary>
/// The repository's rules/ folder (copied beside the harness), read once into memory: the built-in catalog, and the
/// data files a fuzzed rule may name. Only files that are there are served, so a rule naming <c>/dev/zero</c> or
/// <c>../../x</c> gets "not found", as from the CLI.
/// </summary>
public sealed class RulesFolder : IRuleDataProvider
{
    private static readonly Lazy<RulesFolder> Instance = new(() => new RulesFolder(Locate()));
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Lazy<RuleCatalog> _catalog;

    private RulesFolder(string root)
    {
        Root = root;
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            _files[Path.GetRelativePath(root, path).Replace('\\', '/')] = File.ReadAllText(path);
        _catalog = new(() =>
        {
            var files = _files.Where(f => f.Key.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => new RuleFile(f.Key, f.Value));
            var catalog = RulePackLoader.Load(files, this);
            if (catalog.Errors.Count > 0 || catalog.Rules.Count == 0)
                throw new InvalidOperationException($"the built-in rules in {root} did not load: {string.Join("; ", catalog.Errors.Select(e => e.Diagnostic.Message))}");
            return catalog;
        });
    }

    /// <summary>The rules folder beside the harness (or, run from a build folder, the repository's).</summary>
    public static RulesFolder Shared => Instance.Value;

    /// <summary>The folder's path.</summary>
    public string Root { get; }

    /// <summary>The built-in catalog, loaded on first use.</summary>
    public RuleCatalog Catalog => _catalog.Value;

    /// <inheritdoc />
    public string? Read(string relativePath) => _files.TryGetValue(relativePath, out var text) ? text : null;

    private static string Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "rules");
        if (Directory.Exists(Path.Combine(beside, "news"))) return beside;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "rules");
            if (File.Exists(Path.Combine(directory.FullName, "Lint.sln")) && Directory.Exists(candidate)) return candidate;
        }

        throw new InvalidOperationException("no rules folder beside " + AppContext.BaseDirectory);
    }
}

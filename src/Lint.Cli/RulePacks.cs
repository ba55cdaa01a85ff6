using Lint.Diagnostics;
using Lint.Loading;
using Lint.Reporting;

namespace Lint.Cli;

/// <summary>
/// Finds and loads rule packs: the built-in pack shipped beside the executable (rules/), then each --rules folder.
/// A pack is every .yaml/.yml file below its folder; data paths in rules resolve against the pack's folder first
/// and then the built-in one, so a newsroom's rules can use the shipped gazetteer.
/// </summary>
public static class RulePacks
{
    /// <summary>The built-in pack's folder beside the tool.</summary>
    public static string BuiltInRoot(CliEnvironment environment) => Path.Combine(environment.ToolDirectory, "rules");

    /// <summary>Loads the packs; paths in errors are shown relative to the current folder, built-in ones as "builtin:…".</summary>
    public static RuleCatalog Load(CliEnvironment environment, IReadOnlyList<string> extraRoots, bool includeBuiltIn, List<FileDiagnostic> problems)
    {
        var builtIn = BuiltInRoot(environment);
        var files = new List<RuleFile>();
        var dataRoots = new List<string>();
        if (includeBuiltIn)
        {
            if (!Directory.Exists(builtIn)) problems.Add(Notifications.Unreadable("builtin:rules", "the built-in rules were not found beside the tool; reinstall Lint"));
            else files.AddRange(ReadPack(builtIn, path => "builtin:" + Path.GetRelativePath(builtIn, path).Replace('\\', '/'), problems));
        }

        foreach (var root in extraRoots)
        {
            var full = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, root));
            if (!Directory.Exists(full))
            {
                problems.Add(Notifications.Unreadable(root, "rule folder does not exist"));
                continue;
            }

            dataRoots.Add(full);
            files.AddRange(ReadPack(full, path => Display(environment, path), problems));
        }

        dataRoots.Add(builtIn);
        return RulePackLoader.Load(files, new FileSystemRuleData(dataRoots), LintLinks.RuleDocsBaseUri);
    }

    /// <summary>A path relative to the current folder with forward slashes, for reports.</summary>
    public static string Display(CliEnvironment environment, string path)
    {
        var relative = Path.GetRelativePath(environment.CurrentDirectory, path);
        return relative.Replace('\\', '/');
    }

    private static IEnumerable<RuleFile> ReadPack(string root, Func<string, string> display, List<FileDiagnostic> problems)
    {
        var paths = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var text = ArticleReader.Read(path, out var error);
            if (text is null) problems.Add(Notifications.Unreadable(display(path), error));
            else yield return new RuleFile(display(path), text);
        }
    }
}

using Lint.Diagnostics;
using Lint.Loading;
using Lint.Reporting;

namespace Lint.Cli;

/// <summary>
/// Finds and loads rule packs: the built-in pack shipped beside the executable (rules/), then each --rules folder.
/// A pack is every .yaml/.yml file below its folder. Data paths in a newsroom's rules resolve against its own folder
/// first and then the built-in one, so they can use the shipped gazetteer; built-in rules read only built-in data.
/// </summary>
public static class RulePacks
{
    /// <summary>The built-in pack's folder beside the tool.</summary>
    public static string BuiltInRoot(CliEnvironment environment) => Path.Combine(environment.ToolDirectory, "rules");

    /// <summary>Loads the packs; paths in errors are shown relative to the current folder, built-in ones as "builtin:…".</summary>
    public static RuleCatalog Load(CliEnvironment environment, IReadOnlyList<string> extraRoots, bool includeBuiltIn, List<FileDiagnostic> problems)
    {
        var builtIn = BuiltInRoot(environment);
        var packs = new List<RulePack>();
        if (includeBuiltIn)
        {
            if (!Directory.Exists(builtIn)) problems.Add(Notifications.Unreadable("builtin:rules", "the built-in rules were not found beside the tool; reinstall Lint"));
            else packs.Add(new RulePack([.. ReadPack(builtIn, path => "builtin:" + Path.GetRelativePath(builtIn, path).Replace('\\', '/'), problems)], new FileSystemRuleData([builtIn])) { Name = "news" });
        }

        foreach (var root in extraRoots)
        {
            var full = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, root));
            var kind = FileKinds.Of(full);
            if (kind != FileKind.Directory)
            {
                problems.Add(Notifications.Unreadable(root, kind switch
                {
                    FileKind.Missing => "rule folder does not exist",
                    FileKind.Regular => "is a file; --rules takes the folder of a rule pack (every .yaml file below it is loaded)",
                    _ => "is not a folder; --rules takes the folder of a rule pack",
                }));
                continue;
            }

            // A newsroom pack reads its own data first and may use the shipped gazetteer; the built-in pack never reads a user's data.
            packs.Add(new RulePack([.. ReadPack(full, path => Display(environment, path), problems)], new FileSystemRuleData([full, builtIn])) { Name = Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)), HelpBaseUri = string.Empty });
        }

        return RulePackLoader.Load(packs, LintLinks.RuleDocsBaseUri);
    }

    /// <summary>A path relative to the current folder with forward slashes, for reports.</summary>
    public static string Display(CliEnvironment environment, string path)
    {
        var relative = Path.GetRelativePath(environment.CurrentDirectory, path);
        return relative.Replace('\\', '/');
    }

    private static IEnumerable<RuleFile> ReadPack(string root, Func<string, string> display, List<FileDiagnostic> problems)
    {
        // The same walk as for articles: each real folder once (a link cycle is no loop, a linked file no duplicate
        // rule), and a folder that cannot be listed reported rather than skipped.
        var found = FileDiscovery.Expand(["."], root, RuleExtensions);
        foreach (var (path, reason) in found.Problems) problems.Add(Notifications.Unreadable(display(path), reason));
        if (found.Files.Count == 0 && found.Problems.Count == 0)
            problems.Add(Notifications.Unreadable(display(root), "the rule folder holds no rule files (.yaml, .yml), so it adds no rules"));
        foreach (var path in found.Files)
        {
            var text = ArticleReader.Read(path, out var error);
            if (text is null) problems.Add(Notifications.Unreadable(display(path), error));
            else yield return new RuleFile(display(path), text);
        }
    }

    private static readonly IReadOnlyList<string> RuleExtensions = [".yaml", ".yml"];
}

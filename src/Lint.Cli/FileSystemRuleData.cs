using Lint.Loading;

namespace Lint.Cli;

/// <summary>Reads rule data files from a pack's root folder, falling back to the built-in pack's data.</summary>
public sealed class FileSystemRuleData(IReadOnlyList<string> roots) : IRuleDataProvider
{
    /// <inheritdoc />
    public string? Read(string relativePath)
    {
        if (Path.IsPathRooted(relativePath) || relativePath.Split('/', '\\').Contains("..")) return null;
        foreach (var root in roots)
        {
            var path = Path.Combine(root, relativePath);
            if (File.Exists(path)) return File.ReadAllText(path);
        }

        return null;
    }
}

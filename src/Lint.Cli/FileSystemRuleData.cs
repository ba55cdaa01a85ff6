using Lint.Loading;

namespace Lint.Cli;

/// <summary>Reads rule data files from a pack's root folder, falling back to the built-in pack's data.</summary>
public sealed class FileSystemRuleData(IReadOnlyList<string> roots) : IRuleDataLocator
{
    /// <inheritdoc />
    public string? Read(string relativePath) => Find(relativePath) is { } path ? File.ReadAllText(path) : null;

    /// <inheritdoc />
    public bool Exists(string relativePath) => Find(relativePath) is not null;

    private string? Find(string relativePath)
    {
        if (Path.IsPathRooted(relativePath) || relativePath.Split('/', '\\').Contains("..")) return null;
        foreach (var root in roots)
        {
            var path = Path.Combine(root, relativePath);
            if (File.Exists(path)) return path;
        }

        return null;
    }
}

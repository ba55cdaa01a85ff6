using Lint.Loading;

namespace Lint.Cli;

/// <summary>Reads rule data files from a pack's root folder, falling back to the built-in pack's data.</summary>
public sealed class FileSystemRuleData(IReadOnlyList<string> roots) : IRuleDataLocator, IRuleDataBytes
{
    /// <inheritdoc />
    public byte[]? ReadBytes(string relativePath) => Find(relativePath) is { } path ? File.ReadAllBytes(path) : null;

    /// <inheritdoc />
    public string? Read(string relativePath) => Find(relativePath) is { } path ? ReadText(path) : null;

    /// <summary>
    /// <see cref="File.ReadAllText(string)"/>'s result (byte order marks honoured, bad bytes replaced) in one read and
    /// one decoding: the reader behind ReadAllText copies a 4 MB data file through a builder, which costs page faults
    /// (see docs/benchmarks.md).
    /// </summary>
    private static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return System.Text.Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return System.Text.Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return System.Text.Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

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

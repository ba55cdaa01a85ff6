using System.Reflection;
using System.Text;
using Lint.Loading;

namespace Lint.Analyzer;

/// <summary>
/// The built-in pack (rules/news and rules/data), embedded in this assembly at build time from the repository's
/// rules folder: the analyzer may not read files, and it must run the same rules as the CLI it ships with.
/// </summary>
internal static class BuiltInPack
{
    private const string Prefix = "Lint.rules/";

    private static readonly Lazy<RulePack> PackValue = new(Create);

    /// <summary>The pack, named "news" as in the CLI; rule file paths are shown as <c>builtin:news/…</c>.</summary>
    public static RulePack Pack => PackValue.Value;

    /// <summary>The built-in data files (a project's own packs may use them, as with the CLI's <c>--rules</c>).</summary>
    public static IRuleDataProvider Data => EmbeddedData.Instance;

    private static RulePack Create()
    {
        var assembly = typeof(BuiltInPack).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "news/", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new RuleFile("builtin:" + n.Substring(Prefix.Length), Read(assembly, n)!))
            .ToList();
        return new RulePack(files, EmbeddedData.Instance) { Name = "news" };
    }

    private static string? Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Data files by path relative to the pack root (data/places.txt); anything else is not found.</summary>
    private sealed class EmbeddedData : IRuleDataProvider, IRuleDataBytes
    {
        public static readonly EmbeddedData Instance = new();

        // The same string instances every time: the gazetteer's parse cache is keyed by reference, so a compilation
        // that reloads rules (a project with its own pack) does not parse the 300,000 names again.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _texts = new(StringComparer.Ordinal);

        // Likewise the same arrays every time, for the tables searched in their bytes.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]?> _bytes = new(StringComparer.Ordinal);

        public string? Read(string relativePath) =>
            Normalize(relativePath) is { } path ? _texts.GetOrAdd(path, n => BuiltInPack.Read(typeof(BuiltInPack).Assembly, Prefix + n)) : null;

        public byte[]? ReadBytes(string relativePath) =>
            Normalize(relativePath) is { } path ? _bytes.GetOrAdd(path, n => ReadBytesOf(typeof(BuiltInPack).Assembly, Prefix + n)) : null;

        private static string? Normalize(string relativePath)
        {
            var normalized = relativePath.Replace('\\', '/');
            if (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
            return normalized.Split('/').Contains("..") ? null : normalized;
        }

        private static byte[]? ReadBytesOf(Assembly assembly, string name)
        {
            using var stream = assembly.GetManifestResourceStream(name);
            if (stream is null) return null;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}

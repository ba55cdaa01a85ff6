using System.Collections.Immutable;
using Lint.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Lint.Analyzer;

/// <summary>
/// Sorts a compilation's AdditionalFiles into articles and the project's own rule packs. A file with
/// <c>LintPack</c> metadata belongs to that pack (YAML files are its rules, anything else its data); otherwise
/// .md, .markdown, .txt, .html and .htm files are articles, as <c>lint check</c> finds them, unless <c>LintKind</c> says
/// <c>ignore</c> (and <c>LintKind="article"</c> makes any other file an article).
/// </summary>
internal sealed class ProjectFiles
{
    /// <summary>Metadata keys as the compiler passes them (declared with CompilerVisibleItemMetadata).</summary>
    public const string KindKey = "build_metadata.AdditionalFiles.LintKind";

    /// <summary>The pack a rule or data file belongs to.</summary>
    public const string PackKey = "build_metadata.AdditionalFiles.LintPack";

    // Inputs of other analyzers that a project commonly lists: never articles unless marked.
    private static readonly string[] KnownNonArticles = ["AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md"];
    private static readonly string[] KnownNonArticlePrefixes = ["PublicAPI.", "InternalAPI."];

    private ProjectFiles(ImmutableHashSet<string> ruleFiles, IReadOnlyList<RulePack> packs)
    {
        RuleFiles = ruleFiles;
        Packs = packs;
    }

    /// <summary>Paths of the project's rule files (their load errors are reported at them).</summary>
    public ImmutableHashSet<string> RuleFiles { get; }

    /// <summary>The project's packs, by name.</summary>
    public IReadOnlyList<RulePack> Packs { get; }

    /// <summary>Reads the packs from the AdditionalFiles with LintPack metadata.</summary>
    public static ProjectFiles Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var members = new List<(string Pack, AdditionalText File)>();
        foreach (var file in options.AdditionalFiles)
        {
            var pack = Metadata(options, file, PackKey);
            if (pack.Length > 0) members.Add((pack, file));
        }

        var ruleFiles = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var packs = new List<RulePack>();
        foreach (var group in members.GroupBy(m => m.Pack, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = CommonFolder(group.Select(m => Normalize(m.File.Path)));
            var rules = new List<RuleFile>();
            var data = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
            foreach (var (_, file) in group)
            {
                var path = Normalize(file.Path);
                if (IsYaml(path))
                {
                    var text = file.GetText(cancellationToken)?.ToString();
                    if (text is null) continue;
                    rules.Add(new RuleFile(file.Path, text));
                    ruleFiles.Add(file.Path);
                }
                else
                {
                    data[path.Substring(root.Length)] = file;
                }
            }

            // A project's rules have no page in Lint's docs: as with lint check, only their own help-uri links them.
            packs.Add(new RulePack(rules, new PackData(data, cancellationToken)) { Name = group.Key, HelpBaseUri = string.Empty });
        }

        return new ProjectFiles(ruleFiles.ToImmutable(), packs);
    }

    /// <summary>Whether <paramref name="file"/> is an article to lint.</summary>
    public static bool IsArticle(AnalyzerOptions options, AdditionalText file)
    {
        var kind = Metadata(options, file, KindKey);
        if (kind.Equals("article", StringComparison.OrdinalIgnoreCase)) return true;
        if (kind.Length > 0) return false;
        if (Metadata(options, file, PackKey).Length > 0) return false;
        var name = System.IO.Path.GetFileName(file.Path);
        if (KnownNonArticles.Contains(name, StringComparer.OrdinalIgnoreCase)) return false;
        if (KnownNonArticlePrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase))) return false;
        var extension = System.IO.Path.GetExtension(name);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".html", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
    }

    private static string Metadata(AnalyzerOptions options, AdditionalText file, string key) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(key, out var value) ? value.Trim() : string.Empty;

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string path) => path.Replace('\\', '/');

    /// <summary>The deepest folder holding every file, with a trailing slash: the pack's root for data paths.</summary>
    private static string CommonFolder(IEnumerable<string> paths)
    {
        string? common = null;
        foreach (var path in paths)
        {
            var folder = path.Substring(0, path.LastIndexOf('/') + 1);
            if (common is null)
            {
                common = folder;
                continue;
            }

            while (!folder.StartsWith(common, StringComparison.Ordinal))
            {
                var cut = common.LastIndexOf('/', common.Length - 2);
                common = cut < 0 ? string.Empty : common.Substring(0, cut + 1);
            }
        }

        return common ?? string.Empty;
    }

    /// <summary>A project pack's data files by path relative to its root, then the built-in data (as the CLI does).</summary>
    private sealed class PackData(IReadOnlyDictionary<string, AdditionalText> files, CancellationToken cancellationToken) : IRuleDataProvider, IRuleDataBytes
    {
        public byte[]? ReadBytes(string relativePath)
        {
            var normalized = Normalize(relativePath);
            if (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
            if (files.TryGetValue(normalized, out var file)) return file.GetText(cancellationToken)?.ToString() is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : null;
            return ((IRuleDataBytes)BuiltInPack.Data).ReadBytes(normalized);
        }

        public string? Read(string relativePath)
        {
            var normalized = Normalize(relativePath);
            if (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
            if (files.TryGetValue(normalized, out var file)) return file.GetText(cancellationToken)?.ToString();
            return BuiltInPack.Data.Read(normalized);
        }
    }
}

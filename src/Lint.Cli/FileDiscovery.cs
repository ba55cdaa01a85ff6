using Lint.Configuration;

namespace Lint.Cli;

/// <summary>
/// Expands the paths on the command line: files as given, directories recursively (article extensions only,
/// skipping hidden folders, node_modules, bin, obj, rule packs' vocabulary folders, and repository documents such as
/// README.md), and globs with *, ** and ?. Symbolic links are followed, but each real folder is walked once (a link
/// back to <c>.</c> is no cycle) and a file reached by two paths, or named twice, is linted once under the first path
/// in ordinal order. The result is sorted, so every run lints in the same order. What cannot be walked (a folder that
/// cannot be listed, a file whose name is not valid UTF-8) is reported, never skipped in silence.
/// </summary>
public static class FileDiscovery
{
    /// <summary>The extensions a directory or glob picks up.</summary>
    public static readonly IReadOnlyList<string> ArticleExtensions = [".txt", ".md", ".markdown", ".html", ".htm", ".docx"];

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "node_modules", "bin", "obj", "vocabulary" };

    // A repository's own documents are never articles; named on the command line, they are still linted.
    private static readonly HashSet<string> RepositoryDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "CHANGELOG", "CHANGES", "LICENSE", "LICENCE", "CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY", "NOTICE",
    };

    /// <summary>What a walk found: files (full paths, sorted), paths that matched nothing, and paths that could not be read with the reason.</summary>
    public sealed record Result(List<string> Files, List<string> Missing, List<(string Path, string Reason)> Problems);

    /// <summary>Expands <paramref name="paths"/> relative to <paramref name="root"/>; folders give files with <paramref name="extensions"/> (default: articles).</summary>
    /// <remarks>
    /// Folder walks (and globs) leave out what <paramref name="exclude"/> names and, with <paramref name="ignoreFiles"/>,
    /// what .gitignore and .lintignore files name; a file named on the command line is always linted.
    /// </remarks>
    public static Result Expand(IReadOnlyList<string> paths, string root, IReadOnlyList<string>? extensions = null, IgnoreRules? exclude = null, bool ignoreFiles = false)
    {
        extensions ??= ArticleExtensions;
        exclude ??= IgnoreRules.None;
        // Real path → the path it is reported under (the first in ordinal order).
        var byReal = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<string>();
        var problems = new List<(string Path, string Reason)>();
        foreach (var path in paths.Count == 0 ? ["."] : paths)
        {
            // Each path walks each real folder once; files two paths share are merged below.
            var walk = new Walker(problems, extensions, exclude, ignoreFiles);
            var matched = false;
            void Add(string file, string? real = null)
            {
                matched = true;
                real ??= FileKinds.RealPath(file);
                if (!byReal.TryGetValue(real, out var shown) || string.CompareOrdinal(file, shown) < 0) byReal[real] = file;
            }

            if (path.IndexOf('\0') >= 0)
            {
                problems.Add((path.Replace("\0", "\\0"), "a path cannot contain a NUL character"));
                continue;
            }

            var full = Path.GetFullPath(Path.Combine(root, path));
            if (path.IndexOfAny(['*', '?', '[', '{']) >= 0 && FileKinds.Of(full) == FileKind.Missing)
            {
                foreach (var (file, real) in Glob(root, path, walk)) Add(file, real);
            }
            else
            {
                switch (FileKinds.Of(full))
                {
                    case FileKind.Directory:
                        matched = true;
                        foreach (var (file, real) in walk.Files(full, articlesOnly: true)) Add(file, real);
                        continue;
                    case FileKind.Missing:
                        break;
                    default:
                        // Named on the command line: linted whatever its extension; a pipe or device is refused when read.
                        Add(full);
                        break;
                }
            }

            if (!matched) missing.Add(path);
        }

        var files = byReal.Values.ToList();
        files.Sort(StringComparer.Ordinal);
        return new Result(files, missing, [.. problems.Distinct()]);
    }

    /// <summary>
    /// Walks folders depth first in ordinal order, each real folder once across the whole run, and returns every file
    /// with its real path (a file reached through a folder link shares its real folder's path).
    /// </summary>
    private sealed class Walker(List<(string Path, string Reason)> problems, IReadOnlyList<string> extensions, IgnoreRules exclude, bool ignoreFiles)
    {
        // Every entry, hidden ones included (hidden folders are skipped by name), and errors raised rather than skipped.
        private static readonly EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        public IEnumerable<(string File, string Real)> Files(string directory, bool articlesOnly)
        {
            var pending = new Stack<(string Path, string Real, IgnoreRules Rules)>();
            var real = FileKinds.RealPath(directory);
            if (!_visited.Add(real)) yield break;
            pending.Push((directory, real, ignoreFiles ? exclude.WithParents(directory, problems) : exclude));
            while (pending.Count > 0)
            {
                var (current, currentReal, inherited) = pending.Pop();
                var rules = ignoreFiles ? inherited.With(current, problems) : inherited;
                var files = new List<(string Path, bool IsLink)>();
                var folders = new List<(string Path, bool IsLink)>();
                try
                {
                    var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Path, bool IsDirectory, bool IsLink)>(
                        current,
                        (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
                        Listing);
                    foreach (var (path, isDirectory, isLink) in entries) (isDirectory ? folders : files).Add((path, isLink));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problems.Add((current, ex is UnauthorizedAccessException ? "folder cannot be listed (permission denied); its articles are not linted" : "folder cannot be listed: " + ex.Message));
                    continue;
                }

                files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                foreach (var (file, isLink) in files)
                {
                    var name = Path.GetFileName(file);
                    if (articlesOnly && (!extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
                        || RepositoryDocuments.Contains(Path.GetFileNameWithoutExtension(file)) || IsLintReport(file))) continue;
                    if (!rules.IsEmpty && rules.IsIgnored(file, isDirectory: false)) continue;
                    if (name.IndexOf('\uFFFD') >= 0)
                    {
                        problems.Add((file, "the file name is not valid UTF-8, so the file cannot be opened by name; rename it"));
                        continue;
                    }

                    // A file that is itself a link is known by its target; any other by its real folder.
                    yield return (file, isLink ? FileKinds.RealPath(file) : Path.Combine(currentReal, name));
                }

                folders.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                for (var i = folders.Count - 1; i >= 0; i--)
                {
                    var (folder, isLink) = folders[i];
                    var name = Path.GetFileName(folder);
                    if (name.StartsWith(".", StringComparison.Ordinal) || SkippedFolders.Contains(name)) continue;
                    if (!rules.IsEmpty && rules.IsIgnored(folder, isDirectory: true)) continue;
                    if (name.IndexOf('\uFFFD') >= 0)
                    {
                        problems.Add((folder, "the folder name is not valid UTF-8, so it cannot be opened by name; rename it"));
                        continue;
                    }

                    var folderReal = isLink ? FileKinds.RealPath(folder) : Path.Combine(currentReal, name);
                    if (_visited.Add(folderReal)) pending.Push((folder, folderReal, rules));
                }
            }
        }
    }

    /// <summary>
    /// Matches a glob: the part before the first wildcard segment is walked, the rest matched with the same glob
    /// syntax as .editorconfig sections (<c>*</c>, <c>**</c>, <c>?</c>, <c>[…]</c>, <c>{a,b}</c>), anchored there.
    /// </summary>
    private static IEnumerable<(string File, string Real)> Glob(string root, string pattern, Walker walk)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(['*', '?', '[', '{']) < 0).Count();
        var baseDir = Path.GetFullPath(Path.Combine(root, string.Join("/", segments.Take(fixedCount))));
        var glob = EditorConfigGlob.TryCreate("/" + string.Join("/", segments.Skip(fixedCount)));
        if (glob is null || FileKinds.Of(baseDir) != FileKind.Directory) yield break;
        foreach (var (file, real) in walk.Files(baseDir, articlesOnly: false))
        {
            if (glob.IsMatch(Path.GetRelativePath(baseDir, file).Replace('\\', '/'))) yield return (file, real);
        }
    }

    /// <summary>An HTML report Lint wrote (lint check --format html): a page about articles, not one.</summary>
    private static bool IsLintReport(string file) =>
        (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)) && Reporting.HtmlReport.IsReport(file);
}

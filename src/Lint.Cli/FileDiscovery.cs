using Lint.Configuration;

namespace Lint.Cli;

/// <summary>
/// Expands the paths on the command line: files as given, directories recursively (article extensions only,
/// skipping hidden folders, node_modules, bin, obj, rule packs' vocabulary folders, and repository documents such as
/// README.md), and globs with *, ** and ?. The result is sorted and
/// free of duplicates, so every run lints in the same order.
/// </summary>
public static class FileDiscovery
{
    /// <summary>The extensions a directory or glob picks up.</summary>
    public static readonly IReadOnlyList<string> ArticleExtensions = [".txt", ".md", ".markdown"];

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "node_modules", "bin", "obj", "vocabulary" };

    // A repository's own documents are never articles; named on the command line, they are still linted.
    private static readonly HashSet<string> RepositoryDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "CHANGELOG", "CHANGES", "LICENSE", "LICENCE", "CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY", "NOTICE",
    };

    /// <summary>Expands <paramref name="paths"/> relative to <paramref name="root"/>; a path that matches nothing goes to <paramref name="missing"/>.</summary>
    public static List<string> Expand(IReadOnlyList<string> paths, string root, List<string> missing)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.Count == 0 ? ["."] : paths)
        {
            var before = found.Count;
            var full = Path.GetFullPath(Path.Combine(root, path));
            if (path.IndexOfAny(['*', '?', '[', '{']) >= 0)
            {
                foreach (var file in Glob(root, path)) found.Add(file);
            }
            else if (File.Exists(full))
            {
                found.Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Walk(full)) found.Add(file);
                continue;
            }

            if (found.Count == before) missing.Add(path);
        }

        return [.. found];
    }

    private static IEnumerable<string> Walk(string directory, bool articlesOnly = true)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            IEnumerable<string> files;
            IEnumerable<string> folders;
            try
            {
                files = Directory.EnumerateFiles(current).ToList();
                folders = Directory.EnumerateDirectories(current).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files)
            {
                if (!articlesOnly) yield return file;
                else if (ArticleExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
                    && !RepositoryDocuments.Contains(Path.GetFileNameWithoutExtension(file))) yield return file;
            }

            foreach (var folder in folders)
            {
                var name = Path.GetFileName(folder);
                if (name.StartsWith(".", StringComparison.Ordinal) || SkippedFolders.Contains(name)) continue;
                pending.Push(folder);
            }
        }
    }

    /// <summary>
    /// Matches a glob: the part before the first wildcard segment is walked, the rest matched with the same glob
    /// syntax as .editorconfig sections (<c>*</c>, <c>**</c>, <c>?</c>, <c>[…]</c>, <c>{a,b}</c>), anchored there.
    /// </summary>
    private static IEnumerable<string> Glob(string root, string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(s => s.IndexOfAny(['*', '?', '[', '{']) < 0).Count();
        var baseDir = Path.GetFullPath(Path.Combine(root, string.Join("/", segments.Take(fixedCount))));
        var glob = EditorConfigGlob.TryCreate("/" + string.Join("/", segments.Skip(fixedCount)));
        if (glob is null || !Directory.Exists(baseDir)) yield break;
        foreach (var file in Walk(baseDir, articlesOnly: false))
        {
            if (glob.IsMatch(Path.GetRelativePath(baseDir, file).Replace('\\', '/'))) yield return file;
        }
    }
}

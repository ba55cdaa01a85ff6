using System.Text;
using System.Text.RegularExpressions;

namespace Lint.Cli;

/// <summary>
/// Paths a folder walk leaves out: <c>--exclude GLOB</c>, and the patterns of <c>.gitignore</c> and <c>.lintignore</c>
/// files (the walked folders' own and their parents' up to the repository root), read with git's rules: <c>#</c>
/// comments, <c>!</c> to take a path back, a trailing <c>/</c> for folders only, a pattern with a slash anchored at its
/// file's folder and one without matching a name at any depth, <c>*</c>, <c>?</c>, <c>[…]</c> and <c>**</c>. The last
/// pattern that matches decides, and nothing below an ignored folder comes back (git cannot either). A site's root
/// then skips what its generator vendors (<c>vendor/bundle/</c>, <c>_site/</c>, <c>node_modules/</c>) as git does.
/// </summary>
public sealed class IgnoreRules
{
    /// <summary>The files read in each folder.</summary>
    public static readonly IReadOnlyList<string> FileNames = [".gitignore", ".lintignore"];

    private readonly List<Pattern> _patterns = [];

    private IgnoreRules(IgnoreRules? parent)
    {
        if (parent is not null) _patterns.AddRange(parent._patterns);
    }

    /// <summary>No rules at all.</summary>
    public static IgnoreRules None { get; } = new(null);

    /// <summary>Whether these rules have any pattern.</summary>
    public bool IsEmpty => _patterns.Count == 0;

    /// <summary>The rules for <c>--exclude</c> globs, relative to <paramref name="directory"/> (the current folder).</summary>
    public static IgnoreRules FromGlobs(IEnumerable<string> globs, string directory)
    {
        var rules = new IgnoreRules(null);
        foreach (var glob in globs) rules.Add(glob, directory);
        return rules;
    }

    /// <summary>These rules with the ignore files of <paramref name="directory"/> added, or these rules when it has none.</summary>
    public IgnoreRules With(string directory, List<(string Path, string Reason)> problems)
    {
        IgnoreRules? result = null;
        foreach (var name in FileNames)
        {
            var path = Path.Combine(directory, name);
            var kind = FileKinds.Of(path);
            if (kind == FileKind.Missing) continue;
            var text = ArticleReader.Read(path, out var error);
            if (text is null)
            {
                problems.Add((path, error));
                continue;
            }

            result ??= new IgnoreRules(this);
            foreach (var line in text.Split('\n')) result.Add(line.TrimEnd('\r'), directory);
        }

        return result ?? this;
    }

    /// <summary>The rules of <paramref name="directory"/>'s parents, from the repository root (the nearest folder with .git) down; none outside a repository.</summary>
    public IgnoreRules WithParents(string directory, List<(string Path, string Reason)> problems)
    {
        var parents = new List<string>();
        for (var current = Path.GetDirectoryName(directory); current is not null; current = Path.GetDirectoryName(current))
        {
            parents.Add(current);
            if (Directory.Exists(Path.Combine(current, ".git")) || File.Exists(Path.Combine(current, ".git"))) break;
            if (Path.GetDirectoryName(current) is null) parents.Clear(); // no repository above: only the walked folders' own files
        }

        var rules = this;
        for (var i = parents.Count - 1; i >= 0; i--) rules = rules.With(parents[i], problems);
        return rules;
    }

    /// <summary>Whether <paramref name="fullPath"/> (a folder when <paramref name="isDirectory"/>) is ignored.</summary>
    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        var ignored = false;
        foreach (var pattern in _patterns)
        {
            if (ignored != pattern.Negated) continue; // only a pattern that would change the answer is tried
            if (pattern.DirectoryOnly && !isDirectory) continue;
            if (!fullPath.StartsWith(pattern.Base, StringComparison.Ordinal)) continue;
            var relative = fullPath.Substring(pattern.Base.Length).Replace('\\', '/');
            if (pattern.Regex.IsMatch(relative)) ignored = !pattern.Negated;
        }

        return ignored;
    }

    private void Add(string line, string directory)
    {
        // Trailing spaces go unless escaped; "#" starts a comment and "\#", "\!" are literal.
        var text = line;
        while (text.EndsWith(" ", StringComparison.Ordinal) && !text.EndsWith("\\ ", StringComparison.Ordinal)) text = text.Substring(0, text.Length - 1);
        if (text.Length == 0 || text.StartsWith("#", StringComparison.Ordinal)) return;
        var negated = text.StartsWith("!", StringComparison.Ordinal);
        if (negated) text = text.Substring(1);
        var directoryOnly = text.EndsWith("/", StringComparison.Ordinal);
        text = text.TrimEnd('/');
        if (text.Length == 0) return;
        var anchored = text.IndexOf('/') >= 0;
        text = text.TrimStart('/');
        var regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                // "**/" any folders, "/**" everything below, "**" alone anything.
                var slashAfter = i + 2 < text.Length && text[i + 2] == '/';
                regex.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else if (c == '[' && text.IndexOf(']', i + 2) is var close and > 0)
            {
                var set = text.Substring(i + 1, close - i - 1);
                regex.Append('[').Append(set.StartsWith("!", StringComparison.Ordinal) ? "^" + Regex.Escape(set.Substring(1)).Replace("\\-", "-") : Regex.Escape(set).Replace("\\-", "-")).Append(']');
                i = close;
            }
            else if (c == '\\' && i + 1 < text.Length)
            {
                regex.Append(Regex.Escape(text[++i].ToString()));
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        // A pattern names the path itself or, for a folder, everything below it.
        regex.Append("(?:/.*)?$");
        Regex compiled;
        try
        {
            compiled = new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (ArgumentException)
        {
            return; // git ignores a pattern it cannot read, too
        }

        _patterns.Add(new Pattern(directory.TrimEnd('/', '\\') + "/", compiled, negated, directoryOnly));
    }

    private sealed record Pattern(string Base, Regex Regex, bool Negated, bool DirectoryOnly);
}

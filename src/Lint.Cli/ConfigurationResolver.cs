using System.Collections.Concurrent;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;
using Lint.Text;

namespace Lint.Cli;

/// <summary>
/// Finds the configuration for each article as the compilers do: every .editorconfig from the article's folder up
/// to one that says <c>root = true</c>, outermost first so that closer files win, with the properties of any
/// .globalconfig (<c>is_global = true</c>) beneath them all. Sections match paths relative to their file's folder.
/// Each bad value is reported once, as ED0012 at its file and line. <c>--as-of</c> beats
/// <c>lint.reference_date</c>, which beats SOURCE_DATE_EPOCH and the clock.
/// </summary>
public sealed class ConfigurationResolver(CliEnvironment environment, RuleCatalog catalog, ReferenceDate defaultDate, ReferenceDate? asOf)
{
    // Lazy values: GetOrAdd may run a factory twice under contention, and a file's problems must be reported once.
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<(string Directory, EditorConfigFile File)>>> _chains = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<EditorConfigFile?>> _files = new(StringComparer.Ordinal);
    private readonly List<FileDiagnostic> _problems = [];

    /// <summary>ED0012 for bad configuration values met so far, in file and line order.</summary>
    public IReadOnlyList<FileDiagnostic> Problems
    {
        get
        {
            lock (_problems) return [.. _problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Diagnostic.Location.Start)];
        }
    }

    /// <summary>The configuration for the article at <paramref name="fullPath"/>.</summary>
    public LintConfiguration For(string fullPath)
    {
        var properties = new List<EditorConfigFile.Property>();
        var chain = Chain(Path.GetDirectoryName(fullPath)!);
        foreach (var (directory, file) in chain.Where(c => c.File.IsGlobal).Concat(chain.Where(c => !c.File.IsGlobal)))
        {
            var relative = Path.GetRelativePath(directory, fullPath).Replace('\\', '/');
            properties.AddRange(file.PropertiesFor(relative));
        }

        // Files that match the same sections share one configuration: read once, not once per article.
        var key = new PropertyList(properties);
        return _configurations.GetOrAdd(key, k => new Lazy<LintConfiguration>(() => Read(k.Items))).Value;
    }

    private readonly ConcurrentDictionary<PropertyList, Lazy<LintConfiguration>> _configurations = new();

    private LintConfiguration Read(IReadOnlyList<EditorConfigFile.Property> properties)
    {
        var pairs = properties.Select(p => new KeyValuePair<string, string>(p.Key, p.Value));
        var configuration = ConfigurationReader.Read(pairs, defaultDate, new List<string>());
        return asOf is { } date ? configuration with { ReferenceDate = date } : configuration;
    }

    /// <summary>The properties that apply to a file, compared by identity: each comes from one line of one loaded file.</summary>
    private sealed class PropertyList(List<EditorConfigFile.Property> items) : IEquatable<PropertyList>
    {
        private readonly int _hash = Hash(items);

        public IReadOnlyList<EditorConfigFile.Property> Items => items;

        public bool Equals(PropertyList? other)
        {
            if (other is null || other._hash != _hash || other.Items.Count != items.Count) return false;
            for (var i = 0; i < items.Count; i++)
            {
                if (!ReferenceEquals(items[i], other.Items[i])) return false;
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as PropertyList);

        public override int GetHashCode() => _hash;

        private static int Hash(List<EditorConfigFile.Property> items)
        {
            var hash = items.Count;
            foreach (var item in items) hash = (hash * 31) + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(item);
            return hash;
        }
    }

    /// <summary>The configuration files that apply in <paramref name="directory"/>, outermost first.</summary>
    private IReadOnlyList<(string Directory, EditorConfigFile File)> Chain(string directory) =>
        _chains.GetOrAdd(directory, dir => new Lazy<IReadOnlyList<(string Directory, EditorConfigFile File)>>(() => BuildChain(dir))).Value;

    private IReadOnlyList<(string Directory, EditorConfigFile File)> BuildChain(string dir)
    {
        var chain = new List<(string, EditorConfigFile)>();
        for (var current = new DirectoryInfo(dir); current is not null; current = current.Parent)
        {
            var global = Load(Path.Combine(current.FullName, ".globalconfig"));
            if (global is not null && global.IsGlobal) chain.Add((current.FullName, global));
            var editorConfig = Load(Path.Combine(current.FullName, ".editorconfig"));
            if (editorConfig is null) continue;
            chain.Add((current.FullName, editorConfig));
            if (editorConfig.IsRoot) break;
        }

        chain.Reverse();
        return chain;
    }

    private EditorConfigFile? Load(string path) => _files.GetOrAdd(path, p => new Lazy<EditorConfigFile?>(() => Parse(p))).Value;

    private EditorConfigFile? Parse(string p)
    {
        if (!File.Exists(p)) return null;
        var text = ArticleReader.Read(p, out var error);
        var display = RulePacks.Display(environment, p);
        if (text is null)
        {
            lock (_problems) _problems.Add(Notifications.Unreadable(display, error));
            return null;
        }

        var file = EditorConfigFile.Parse(text);
        foreach (var section in file.Sections.Where(s => s.Glob is null))
            Report(display, section.Line, $"section [{section.Name}] is not a valid glob; its properties are ignored");
        foreach (var property in file.Preamble.Concat(file.Sections.SelectMany(s => s.Properties)))
        {
            if (ConfigurationReader.Validate(property.Key, property.Value, catalog) is { } problem) Report(display, property.Line, problem);
        }

        return file;
    }

    private void Report(string path, int line, string message)
    {
        var position = new LinePosition(line, 1);
        var diagnostic = new LintDiagnostic(EngineRules.InvalidConfiguration.Id, Severity.Error, message, default, new LinePositionSpan(position, position));
        lock (_problems) _problems.Add(new FileDiagnostic(path, diagnostic));
    }
}

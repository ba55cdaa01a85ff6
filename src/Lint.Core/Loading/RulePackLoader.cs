using Lint.Diagnostics;
using Lint.Rules;
using YamlDotNet.RepresentationModel;

namespace Lint.Loading;

/// <summary>
/// Turns rule files into validated rules. Every mistake a rule author can make becomes an ED0xxx error with
/// file, line, column, the key and the allowed values; all of a file's errors are reported at once, and a
/// broken file never stops the others from loading.
/// </summary>
public static class RulePackLoader
{
    /// <summary>The top-level keys of a rule file.</summary>
    public static readonly IReadOnlyList<string> TopLevelKeys =
        ["id", "name", "title", "message", "severity", "category", "scope", "check", "examples", "description", "status", "tags", "help-uri", "precision", "enabled", "fix"];

    /// <summary>How often a rule's findings are right, in code scanning's words (SARIF <c>properties.precision</c>).</summary>
    public static readonly IReadOnlyList<string> Precisions = ["very-high", "high", "medium", "low"];

    /// <summary>Loads one pack: <paramref name="files"/>, with data files read through <paramref name="data"/>.</summary>
    public static RuleCatalog Load(IEnumerable<RuleFile> files, IRuleDataProvider data, string helpBaseUri = "") =>
        Load([new RulePack([.. files], data)], helpBaseUri);

    /// <summary>
    /// Loads packs in order (files within a pack by path). When two files define one id, the first loaded wins and
    /// the later one is reported, so a pack added on the command line cannot silently replace a built-in rule.
    /// </summary>
    public static RuleCatalog Load(IEnumerable<RulePack> packs, string helpBaseUri = "")
    {
        var rules = new List<(Rule Rule, RuleFileReader Reader, YamlNode IdNode)>();
        var errors = new List<FileDiagnostic>();
        var names = new List<string>();
        foreach (var pack in packs)
        {
            if (pack.Name.Length > 0 && !names.Contains(pack.Name, StringComparer.OrdinalIgnoreCase)) names.Add(pack.Name);
            var cache = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var file in pack.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var reader = new RuleFileReader(file);
                var loaded = RuleFileLoader.Load(reader, pack.Data, cache, pack.HelpBaseUri ?? helpBaseUri);
                errors.AddRange(reader.Errors);
                if (loaded is null) continue;
                var rule = loaded.Value.Rule;
                rules.Add((rule with { Descriptor = rule.Descriptor with { Pack = pack.Name } }, reader, loaded.Value.IdNode));
            }
        }

        var result = new List<Rule>();
        foreach (var group in rules.GroupBy(r => r.Rule.Id, StringComparer.Ordinal))
        {
            var first = group.First();
            result.Add(first.Rule);
            foreach (var duplicate in group.Skip(1))
            {
                duplicate.Reader.Error(EngineRules.DuplicateId, duplicate.IdNode, $"rule id {group.Key} is already defined in {first.Reader.File.Path}");
                errors.AddRange(duplicate.Reader.Errors.Skip(duplicate.Reader.Errors.Count - 1));
            }
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        errors.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Path, b.Path);
            return byPath != 0 ? byPath : a.Diagnostic.Location.Start.CompareTo(b.Diagnostic.Location.Start);
        });
        return new RuleCatalog(result, errors) { PackNames = names };
    }
}

using System.Text.RegularExpressions;
using Lint.Checks;
using Lint.Diagnostics;
using Lint.Rules;
using YamlDotNet.RepresentationModel;

namespace Lint.Loading;

/// <summary>
/// Loads one rule file: its YAML, then the descriptor keys, the check, the message's placeholders, the scope and the
/// examples, in that order, each reporting its own mistakes. A file with any mistake gives no rule.
/// </summary>
internal static class RuleFileLoader
{
    private static readonly Regex IdPattern = new(@"^[A-Z]{2,8}[0-9]{3,5}$", RegexOptions.CultureInvariant);
    private static readonly Regex NamePattern = new(@"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly string[] Statuses = ["stable", "experimental", "deprecated"];
    private static readonly string[] Booleans = ["true", "false"];
    private static readonly string[] FixSafeties = ["safe", "unsafe"];

    /// <summary>The rule and the node of its id (where a duplicate id is reported), or null with the mistakes on <paramref name="reader"/>.</summary>
    public static (Rule Rule, YamlNode IdNode)? Load(RuleFileReader reader, IRuleDataProvider data, Dictionary<string, object> cache, string helpBaseUri)
    {
        var root = RuleYaml.Parse(reader);
        if (root is null) return null;
        if (root is not YamlMappingNode mapping)
        {
            reader.Error(EngineRules.InvalidValue, root, "a rule file must be a mapping of keys (id, name, title, message, severity, check, …)");
            return null;
        }

        var keys = new RuleMapping(mapping, reader);
        var descriptor = ReadDescriptor(keys, helpBaseUri);
        var check = ReadCheck(keys, data, cache, out var kind);
        if (kind is not null) CheckPlaceholders(keys, kind);
        var scope = ReadScope(keys, kind);
        var examples = ExampleReader.Read(keys, out var asOf);
        if (descriptor is null || check is null || scope is null || reader.Errors.Count > 0) return null;
        return (new Rule(descriptor, check, scope) { Kind = kind, Examples = examples, ExamplesAsOf = asOf }, keys.Value("id")!);
    }

    /// <summary>The descriptor keys (id, name, title, message, severity and the optional ones); null when a required one is missing or wrong.</summary>
    private static RuleDescriptor? ReadDescriptor(RuleMapping keys, string helpBaseUri)
    {
        var id = keys.RequiredString("id", IdPattern, "an id such as ED2001: 2 to 8 capital letters and 3 to 5 digits");
        var name = keys.RequiredString("name", NamePattern, "a kebab-case name such as unclosed-quotation");
        var title = keys.RequiredString("title");
        var message = keys.RequiredString("message");
        var severityText = keys.RequiredString("severity");
        var severity = Severity.Warning;
        if (severityText is not null && (!SeverityNames.TryParse(severityText, out severity) || !SeverityNames.RuleFileValues.Contains(severityText)))
        {
            keys.Reader.Error(EngineRules.InvalidValue, keys.Value("severity")!, $"'severity' is '{severityText}'; allowed values: {string.Join(", ", SeverityNames.RuleFileValues)}");
            severityText = null;
        }

        var category = keys.OptionalString("category") ?? "style";
        var description = keys.OptionalString("description") ?? string.Empty;
        var status = keys.OptionalChoice("status", "stable", Statuses);
        var tags = keys.StringList("tags");
        var helpUri = keys.OptionalString("help-uri");
        var precision = keys.OptionalChoice("precision", "high", RulePackLoader.Precisions);
        var enabled = keys.OptionalChoice("enabled", "true", Booleans);
        var fix = keys.OptionalChoice("fix", "unsafe", FixSafeties);
        if (id is null || name is null || title is null || message is null || severityText is null) return null;
        return new RuleDescriptor(id, name, title, message, severity, category)
        {
            Description = description.Length > 0 ? description.Trim() : title,
            Status = status,
            Precision = precision,
            EnabledByDefault = enabled != "false",
            FixSafety = fix == "safe" ? FixSafety.Safe : FixSafety.Unsafe,
            Tags = tags,
            HelpUri = helpUri ?? (helpBaseUri.Length > 0 ? helpBaseUri + id + ".md" : string.Empty),
            Source = keys.Reader.File.Path,
        };
    }

    /// <summary>The <c>check:</c> mapping: its kind (null when missing or unknown) and the check built from the kind's options.</summary>
    private static ICheck? ReadCheck(RuleMapping keys, IRuleDataProvider data, Dictionary<string, object> cache, out CheckKind? kind)
    {
        kind = null;
        var reader = keys.Reader;
        var value = keys.Value("check");
        if (value is null)
        {
            reader.Error(EngineRules.MissingKey, keys.Node, "missing required key 'check' (a mapping with 'kind' and the kind's options)");
            return null;
        }

        if (value is not YamlMappingNode checkNode)
        {
            reader.Error(EngineRules.InvalidValue, value, "'check' must be a mapping with 'kind' and the kind's options");
            return null;
        }

        var kindNode = checkNode.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "kind" }).Value;
        var kindName = (kindNode as YamlScalarNode)?.Value;
        if (kindName is null)
        {
            reader.Error(EngineRules.MissingKey, checkNode, $"missing required key 'check.kind'; allowed kinds: {string.Join(", ", CheckKinds.Names)}");
            return null;
        }

        if (!CheckKinds.TryGet(kindName, out kind))
        {
            reader.Error(EngineRules.UnknownCheckKind, kindNode!, $"unknown check kind '{kindName}'; allowed kinds: {string.Join(", ", CheckKinds.Names)}");
            return null;
        }

        var options = new CheckOptions(checkNode, reader, data, cache);
        var check = kind.Create(options);
        options.ReportUnknownKeys(kind.OptionKeys);
        return options.HasErrors ? null : check;
    }

    /// <summary>Each placeholder of the message must be one the kind fills.</summary>
    private static void CheckPlaceholders(RuleMapping keys, CheckKind kind)
    {
        if (keys.Value("message") is not YamlScalarNode { Value: { Length: > 0 } message } node) return;
        foreach (var placeholder in MessageFormatter.Placeholders(message).Distinct())
        {
            if (kind.MessageArguments.Contains(placeholder, StringComparer.Ordinal)) continue;
            var available = kind.MessageArguments.Count == 0 ? "none" : string.Join(", ", kind.MessageArguments.Select(a => "{" + a + "}"));
            keys.Reader.Error(EngineRules.UnknownPlaceholder, node, $"message placeholder '{{{placeholder}}}' is not provided by check kind '{kind.Name}'; available: {available}");
        }
    }

    /// <summary>
    /// The scope the rule gives, or its kind's default scope; null when a name is unknown, or when there is no kind
    /// (the names are still read, so that their own mistakes are reported with the others).
    /// </summary>
    private static RuleScope? ReadScope(RuleMapping keys, CheckKind? kind)
    {
        var names = keys.Has("scope") ? ScopeNames(keys) : kind?.DefaultScope ?? [];
        if (kind is null) return null;
        if (RuleScope.TryCreate(names, out var scope, out var unknown)) return scope;
        keys.Reader.Error(EngineRules.InvalidValue, keys.Value("scope") ?? keys.Node, $"unknown scope '{unknown}'; allowed scopes: {string.Join(", ", RuleScope.AllowedNames)}");
        return null;
    }

    /// <summary>
    /// The scope names as written: a name or a list of them, or <c>{not: [headline, quotation]}</c>, the spelled-out form
    /// of <c>[!headline, !quotation]</c>.
    /// </summary>
    private static IReadOnlyList<string> ScopeNames(RuleMapping keys)
    {
        if (keys.Value("scope") is not YamlMappingNode map) return keys.StringList("scope");
        var names = new List<string>();
        foreach (var child in map.Children)
        {
            var key = (child.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (key != "not")
            {
                keys.Reader.Error(EngineRules.UnknownKey, child.Key, $"unknown key 'scope.{key}'; allowed keys: not");
                continue;
            }

            IEnumerable<YamlNode> items = child.Value is YamlSequenceNode sequence ? sequence.Children : [child.Value];
            foreach (var item in items)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } name }) names.Add("!" + name);
                else keys.Reader.Error(EngineRules.InvalidValue, item, "'scope.not' must be a scope name or a list of them");
            }
        }

        return names;
    }
}

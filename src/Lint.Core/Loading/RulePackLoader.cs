using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Checks;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Rules;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Lint.Loading;

/// <summary>
/// Turns rule files into validated rules. Every mistake a rule author can make becomes an ED0xxx error with
/// file, line, column, the key and the allowed values; all of a file's errors are reported at once, and a
/// broken file never stops the others from loading.
/// </summary>
public static class RulePackLoader
{
    private const int MaxFileLength = 256 * 1024;
    private const int MaxDepth = 16;
    private const int MaxEvents = 20_000;

    private static readonly Regex IdPattern = new(@"^[A-Z]{2,8}[0-9]{3,5}$", RegexOptions.CultureInvariant);
    private static readonly Regex NamePattern = new(@"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    /// <summary>The top-level keys of a rule file.</summary>
    public static readonly IReadOnlyList<string> TopLevelKeys =
        ["id", "name", "title", "message", "severity", "category", "scope", "check", "examples", "description", "status", "tags", "help-uri", "precision", "enabled"];

    private static readonly string[] Statuses = ["stable", "experimental", "deprecated"];

    /// <summary>How often a rule's findings are right, in code scanning's words (SARIF <c>properties.precision</c>).</summary>
    public static readonly IReadOnlyList<string> Precisions = ["very-high", "high", "medium", "low"];
    private static readonly string[] ExampleKeys = ["as-of", "flag", "pass"];
    private static readonly string[] ExampleItemKeys = ["text", "format", "fixed"];

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
                var loaded = LoadFile(reader, pack.Data, cache, pack.HelpBaseUri ?? helpBaseUri);
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

    private static (Rule Rule, YamlNode IdNode)? LoadFile(RuleFileReader reader, IRuleDataProvider data, Dictionary<string, object> cache, string helpBaseUri)
    {
        var root = Parse(reader);
        if (root is null) return null;
        if (root is not YamlMappingNode mapping)
        {
            reader.Error(EngineRules.InvalidValue, root, "a rule file must be a mapping of keys (id, name, title, message, severity, check, …)");
            return null;
        }

        var keys = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var entry in mapping.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (!TopLevelKeys.Contains(key, StringComparer.Ordinal))
                reader.Error(EngineRules.UnknownKey, entry.Key, $"unknown key '{key}'; allowed keys: {string.Join(", ", TopLevelKeys)}");
            else if (keys.ContainsKey(key))
                reader.Error(EngineRules.InvalidValue, entry.Key, $"key '{key}' appears twice");
            else
                keys[key] = (entry.Key, entry.Value);
        }

        var id = RequiredString("id", IdPattern, "an id such as ED2001: 2 to 8 capital letters and 3 to 5 digits");
        var name = RequiredString("name", NamePattern, "a kebab-case name such as unclosed-quotation");
        var title = RequiredString("title", null, null);
        var message = RequiredString("message", null, null);
        var severityText = RequiredString("severity", null, null);
        var severity = Severity.Warning;
        if (severityText is not null && (!SeverityNames.TryParse(severityText, out severity) || !SeverityNames.RuleFileValues.Contains(severityText)))
        {
            reader.Error(EngineRules.InvalidValue, keys["severity"].Value, $"'severity' is '{severityText}'; allowed values: {string.Join(", ", SeverityNames.RuleFileValues)}");
            severityText = null;
        }

        var category = OptionalString("category") ?? "style";
        var description = OptionalString("description") ?? string.Empty;
        var status = OptionalString("status") ?? "stable";
        if (!Statuses.Contains(status)) reader.Error(EngineRules.InvalidValue, keys["status"].Value, $"'status' is '{status}'; allowed values: {string.Join(", ", Statuses)}");
        var tags = StringList("tags");
        var helpUri = OptionalString("help-uri");
        var precision = OptionalString("precision") ?? "high";
        if (!Precisions.Contains(precision)) reader.Error(EngineRules.InvalidValue, keys["precision"].Value, $"'precision' is '{precision}'; allowed values: {string.Join(", ", Precisions)}");
        var enabled = OptionalString("enabled") ?? "true";
        if (enabled is not ("true" or "false")) reader.Error(EngineRules.InvalidValue, keys["enabled"].Value, $"'enabled' is '{enabled}'; allowed values: true, false");

        ICheck? check = null;
        CheckKind? kind = null;
        if (!keys.TryGetValue("check", out var checkEntry))
        {
            reader.Error(EngineRules.MissingKey, mapping, "missing required key 'check' (a mapping with 'kind' and the kind's options)");
        }
        else if (checkEntry.Value is not YamlMappingNode checkNode)
        {
            reader.Error(EngineRules.InvalidValue, checkEntry.Value, "'check' must be a mapping with 'kind' and the kind's options");
        }
        else
        {
            var kindNode = checkNode.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "kind" }).Value;
            var kindName = (kindNode as YamlScalarNode)?.Value;
            if (kindName is null)
            {
                reader.Error(EngineRules.MissingKey, checkNode, $"missing required key 'check.kind'; allowed kinds: {string.Join(", ", CheckKinds.Names)}");
            }
            else if (!CheckKinds.TryGet(kindName, out kind))
            {
                reader.Error(EngineRules.UnknownCheckKind, kindNode!, $"unknown check kind '{kindName}'; allowed kinds: {string.Join(", ", CheckKinds.Names)}");
            }
            else
            {
                var options = new CheckOptions(checkNode, reader, data, cache);
                check = kind.Create(options);
                options.ReportUnknownKeys(kind.OptionKeys);
                if (options.HasErrors) check = null;
            }
        }

        if (message is not null && kind is not null)
        {
            foreach (var placeholder in MessageFormatter.Placeholders(message).Distinct())
            {
                if (!kind.MessageArguments.Contains(placeholder, StringComparer.Ordinal))
                {
                    reader.Error(EngineRules.UnknownPlaceholder, keys["message"].Value,
                        $"message placeholder '{{{placeholder}}}' is not provided by check kind '{kind.Name}'; available: {(kind.MessageArguments.Count == 0 ? "none" : string.Join(", ", kind.MessageArguments.Select(a => "{" + a + "}")))}");
                }
            }
        }

        RuleScope? scope = null;
        var scopeNames = keys.ContainsKey("scope") ? ScopeList() : kind?.DefaultScope ?? [];
        if (kind is not null)
        {
            if (!RuleScope.TryCreate(scopeNames, out scope, out var unknown))
            {
                reader.Error(EngineRules.InvalidValue, keys["scope"].Value, $"unknown scope '{unknown}'; allowed scopes: {string.Join(", ", RuleScope.AllowedNames)}");
                scope = null;
            }
        }

        var examples = ReadExamples(out var asOf);
        if (id is null || name is null || title is null || message is null || severityText is null || check is null || scope is null || reader.Errors.Count > 0)
            return null;

        var descriptor = new RuleDescriptor(id, name, title, message, severity, category)
        {
            Description = description.Length > 0 ? description.Trim() : title,
            Status = status,
            Precision = precision,
            EnabledByDefault = enabled != "false",
            Tags = tags,
            HelpUri = helpUri ?? (helpBaseUri.Length > 0 ? helpBaseUri + id + ".md" : string.Empty),
            Source = reader.File.Path,
        };
        return (new Rule(descriptor, check, scope) { Kind = kind, Examples = examples, ExamplesAsOf = asOf }, keys["id"].Value);

        string? RequiredString(string key, Regex? pattern, string? expected)
        {
            if (!keys.TryGetValue(key, out var entry))
            {
                reader.Error(EngineRules.MissingKey, mapping, $"missing required key '{key}'");
                return null;
            }

            if (entry.Value is not YamlScalarNode { Value: { Length: > 0 } value })
            {
                reader.Error(EngineRules.InvalidValue, entry.Value, $"'{key}' must be a non-empty text value");
                return null;
            }

            if (pattern is not null && !pattern.IsMatch(value))
            {
                reader.Error(EngineRules.InvalidValue, entry.Value, $"'{key}' is '{value}'; expected {expected}");
                return null;
            }

            return value;
        }

        string? OptionalString(string key)
        {
            if (!keys.TryGetValue(key, out var entry)) return null;
            if (entry.Value is YamlScalarNode { Value: { } value }) return value;
            reader.Error(EngineRules.InvalidValue, entry.Value, $"'{key}' must be a text value");
            return null;
        }

        IReadOnlyList<string> StringList(string key)
        {
            if (!keys.TryGetValue(key, out var entry)) return [];
            switch (entry.Value)
            {
                case YamlScalarNode { Value: { } single }:
                    return [single];
                case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode { Value: not null }):
                    return [.. sequence.Children.Cast<YamlScalarNode>().Select(c => c.Value!)];
                default:
                    reader.Error(EngineRules.InvalidValue, entry.Value, $"'{key}' must be a text value or a list of them");
                    return [];
            }
        }

        // "scope: {not: [headline, quotation]}" is the spelled-out form of "scope: [!headline, !quotation]".
        IReadOnlyList<string> ScopeList()
        {
            if (keys["scope"].Value is not YamlMappingNode map) return StringList("scope");
            var names = new List<string>();
            foreach (var child in map.Children)
            {
                var key = (child.Key as YamlScalarNode)?.Value ?? string.Empty;
                if (key != "not")
                {
                    reader.Error(EngineRules.UnknownKey, child.Key, $"unknown key 'scope.{key}'; allowed keys: not");
                    continue;
                }

                IEnumerable<YamlNode> items = child.Value is YamlSequenceNode sequence ? sequence.Children : [child.Value];
                foreach (var item in items)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } name }) names.Add("!" + name);
                    else reader.Error(EngineRules.InvalidValue, item, "'scope.not' must be a scope name or a list of them");
                }
            }

            return names;
        }

        IReadOnlyList<RuleExample> ReadExamples(out ReferenceDate? examplesAsOf)
        {
            examplesAsOf = null;
            if (!keys.TryGetValue("examples", out var entry)) return [];
            if (entry.Value is not YamlMappingNode examplesNode)
            {
                reader.Error(EngineRules.InvalidValue, entry.Value, "'examples' must be a mapping with 'flag' and 'pass' lists");
                return [];
            }

            var list = new List<RuleExample>();
            foreach (var child in examplesNode.Children)
            {
                var key = (child.Key as YamlScalarNode)?.Value ?? string.Empty;
                switch (key)
                {
                    case "as-of":
                        if (child.Value is YamlScalarNode { Value: { } dateText } && ReferenceDate.TryParse(dateText, out var date)) examplesAsOf = date;
                        else reader.Error(EngineRules.InvalidValue, child.Value, "'examples.as-of' must be a date, YYYY-MM-DD");
                        break;
                    case "flag" or "pass":
                        if (child.Value is not YamlSequenceNode items)
                        {
                            reader.Error(EngineRules.InvalidValue, child.Value, $"'examples.{key}' must be a list of examples");
                            break;
                        }

                        foreach (var item in items) ReadExample(item, key == "flag", list);
                        break;
                    default:
                        reader.Error(EngineRules.UnknownKey, child.Key, $"unknown key 'examples.{key}'; allowed keys: {string.Join(", ", ExampleKeys)}");
                        break;
                }
            }

            return list;
        }

        void ReadExample(YamlNode item, bool flag, List<RuleExample> list)
        {
            var line = (int)item.Start.Line;
            if (item is YamlScalarNode { Value: { } text })
            {
                list.Add(new RuleExample(text, flag, ArticleFormat.PlainText, line));
                return;
            }

            if (item is not YamlMappingNode map)
            {
                reader.Error(EngineRules.InvalidValue, item, "an example is a text value, or a mapping with 'text', 'format' and 'fixed'");
                return;
            }

            string? exampleText = null;
            string? fixedText = null;
            var format = ArticleFormat.PlainText;
            foreach (var child in map.Children)
            {
                var key = (child.Key as YamlScalarNode)?.Value ?? string.Empty;
                var value = (child.Value as YamlScalarNode)?.Value;
                switch (key)
                {
                    case "text": exampleText = value; break;
                    case "fixed": fixedText = value; break;
                    case "format" when value is "plain" or "markdown":
                        format = value == "markdown" ? ArticleFormat.Markdown : ArticleFormat.PlainText;
                        break;
                    case "format":
                        reader.Error(EngineRules.InvalidValue, child.Value, $"'format' is '{value}'; allowed values: plain, markdown");
                        break;
                    default:
                        reader.Error(EngineRules.UnknownKey, child.Key, $"unknown example key '{key}'; allowed keys: {string.Join(", ", ExampleItemKeys)}");
                        break;
                }
            }

            if (exampleText is null) reader.Error(EngineRules.MissingKey, map, "an example mapping needs 'text'");
            else list.Add(new RuleExample(exampleText, flag, format, line) { Fixed = fixedText });
        }
    }

    /// <summary>
    /// Parses the YAML after a streaming pre-scan that rejects what a rule file never needs and an attacker
    /// would use: anchors and aliases (alias bombs), deep nesting, huge documents, several documents.
    /// </summary>
    private static YamlNode? Parse(RuleFileReader reader)
    {
        var text = reader.File.Text;
        if (text.Length > MaxFileLength)
        {
            reader.Error(EngineRules.TooComplex, $"rule file is {text.Length} characters long; the limit is {MaxFileLength}");
            return null;
        }

        var lastMark = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(text));
            var depth = 0;
            var events = 0;
            var documents = 0;
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastMark = current.End;
                if (++events > MaxEvents)
                {
                    reader.Error(EngineRules.TooComplex, current.Start, current.End, $"rule file has more than {MaxEvents} YAML nodes");
                    return null;
                }

                switch (current)
                {
                    case AnchorAlias:
                        reader.Error(EngineRules.TooComplex, current.Start, current.End, "YAML aliases (*name) are not allowed in rule files; write the value out");
                        return null;
                    case NodeEvent { Anchor.IsEmpty: false }:
                        reader.Error(EngineRules.TooComplex, current.Start, current.End, "YAML anchors (&name) are not allowed in rule files; write the value out");
                        return null;
                    case DocumentStart { IsImplicit: false } or DocumentStart:
                        if (++documents > 1)
                        {
                            reader.Error(EngineRules.InvalidValue, current.Start, current.End, "a rule file holds one rule; put each rule in its own file");
                            return null;
                        }

                        break;
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            reader.Error(EngineRules.TooComplex, current.Start, current.End, $"rule file is nested more than {MaxDepth} levels deep");
                            return null;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                reader.Error(EngineRules.InvalidYaml, "rule file is empty");
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var detail = ex.InnerException?.Message ?? ex.Message;
            reader.Error(EngineRules.InvalidYaml, ex.Start, ex.End, "invalid YAML: " + StripPosition(detail));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
        {
            // YamlDotNet throws these, not YamlException, for some malformed input (an unclosed flow sequence).
            reader.Error(EngineRules.InvalidYaml, lastMark, lastMark, "invalid YAML: the document ends inside an unclosed [ ], { } or quoted value, or has a construct YAML does not allow here");
            return null;
        }
    }

    /// <summary>YamlDotNet prefixes its messages with "(Line: 3, Col: 7, Idx: …) - (…):"; the report has the position already.</summary>
    private static string StripPosition(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && index > 0 ? message.Substring(index + 3) : message;
    }
}

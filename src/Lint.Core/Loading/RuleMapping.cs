using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Lint.Loading;

/// <summary>
/// The top-level keys of one rule file, each read once with its type checked. Unknown and repeated keys are reported
/// when the mapping is read; each getter reports a wrong value at that value's position.
/// </summary>
internal sealed class RuleMapping
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _keys = new(StringComparer.Ordinal);

    public RuleMapping(YamlMappingNode node, RuleFileReader reader)
    {
        Node = node;
        Reader = reader;
        foreach (var entry in node.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (!RulePackLoader.TopLevelKeys.Contains(key, StringComparer.Ordinal))
                reader.Error(EngineRules.UnknownKey, entry.Key, $"unknown key '{key}'; allowed keys: {string.Join(", ", RulePackLoader.TopLevelKeys)}");
            else if (_keys.ContainsKey(key))
                reader.Error(EngineRules.InvalidValue, entry.Key, $"key '{key}' appears twice");
            else
                _keys[key] = (entry.Key, entry.Value);
        }
    }

    /// <summary>The whole mapping: where a missing key is reported.</summary>
    public YamlMappingNode Node { get; }

    /// <summary>Where errors go.</summary>
    public RuleFileReader Reader { get; }

    /// <summary>Whether the file gives <paramref name="key"/>.</summary>
    public bool Has(string key) => _keys.ContainsKey(key);

    /// <summary>The value of <paramref name="key"/>, or null when the file does not give it.</summary>
    public YamlNode? Value(string key) => _keys.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>A required non-empty text value, matching <paramref name="pattern"/> (described as <paramref name="expected"/>) when given.</summary>
    public string? RequiredString(string key, Regex? pattern = null, string? expected = null)
    {
        if (!_keys.TryGetValue(key, out var entry))
        {
            Reader.Error(EngineRules.MissingKey, Node, $"missing required key '{key}'");
            return null;
        }

        if (entry.Value is not YamlScalarNode { Value: { Length: > 0 } value })
        {
            Reader.Error(EngineRules.InvalidValue, entry.Value, $"'{key}' must be a non-empty text value");
            return null;
        }

        if (pattern is not null && !pattern.IsMatch(value))
        {
            Reader.Error(EngineRules.InvalidValue, entry.Value, $"'{key}' is '{value}'; expected {expected}");
            return null;
        }

        return value;
    }

    /// <summary>An optional text value; null when absent or not text.</summary>
    public string? OptionalString(string key)
    {
        if (!_keys.TryGetValue(key, out var entry)) return null;
        if (entry.Value is YamlScalarNode { Value: { } value }) return value;
        Reader.Error(EngineRules.InvalidValue, entry.Value, $"'{key}' must be a text value");
        return null;
    }

    /// <summary>An optional text value that must be one of <paramref name="allowed"/>; <paramref name="defaultValue"/> when absent.</summary>
    public string OptionalChoice(string key, string defaultValue, IReadOnlyList<string> allowed)
    {
        var value = OptionalString(key) ?? defaultValue;
        if (!allowed.Contains(value, StringComparer.Ordinal))
            Reader.Error(EngineRules.InvalidValue, _keys[key].Value, $"'{key}' is '{value}'; allowed values: {string.Join(", ", allowed)}");
        return value;
    }

    /// <summary>A text value or a list of them; empty when absent.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        if (!_keys.TryGetValue(key, out var entry)) return [];
        switch (entry.Value)
        {
            case YamlScalarNode { Value: { } single }:
                return [single];
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode { Value: not null }):
                return [.. sequence.Children.Cast<YamlScalarNode>().Select(c => c.Value!)];
            default:
                Reader.Error(EngineRules.InvalidValue, entry.Value, $"'{key}' must be a text value or a list of them");
                return [];
        }
    }
}

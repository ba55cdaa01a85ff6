using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using Lint.Text;

namespace Lint.Loading;

/// <summary>
/// The <c>check:</c> mapping of a rule file, read key by key. Each getter validates its value and records an
/// ED0xxx error with the key's position and the allowed values; keys nobody read are reported as unknown.
/// </summary>
public sealed class CheckOptions
{
    private readonly YamlMappingNode _node;
    private readonly RuleFileReader _reader;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal) { "kind" };
    private readonly IRuleDataProvider _data;
    private readonly Dictionary<string, object> _cache;

    internal CheckOptions(YamlMappingNode node, RuleFileReader reader, IRuleDataProvider data, Dictionary<string, object> cache)
    {
        _node = node;
        _reader = reader;
        _data = data;
        _cache = cache;
    }

    /// <summary>Whether any error was recorded while reading.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>A string option; <paramref name="allowed"/>, when given, lists its only valid values.</summary>
    public string? GetString(string key, string? defaultValue = null, IReadOnlyList<string>? allowed = null)
    {
        var node = Find(key);
        if (node is null) return defaultValue;
        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            Error(EngineRules.InvalidValue, node, $"'{key}' must be a text value");
            return defaultValue;
        }

        if (allowed is not null && !allowed.Contains(scalar.Value, StringComparer.Ordinal))
        {
            Error(EngineRules.InvalidValue, node, $"'{key}' is '{scalar.Value}'; allowed values: {string.Join(", ", allowed)}");
            return defaultValue;
        }

        return scalar.Value;
    }

    /// <summary>A text option with the default and allowed values <paramref name="option"/> declares.</summary>
    public string? GetString(CheckOption option) => GetString(option.Name, option.Default, option.Allowed);

    /// <summary>A true/false option with the default <paramref name="option"/> declares.</summary>
    public bool GetBool(CheckOption option) => GetBool(option.Name, option.Default == "true");

    /// <summary>A whole-number option with the default and range <paramref name="option"/> declares.</summary>
    public int GetInt(CheckOption option) =>
        GetInt(option.Name, int.Parse(option.Default ?? "0", NumberStyles.Integer, CultureInfo.InvariantCulture),
            (int)(option.Minimum ?? int.MinValue), (int)(option.Maximum ?? int.MaxValue));

    /// <summary>A number option within the range <paramref name="option"/> declares; null when absent.</summary>
    public double? GetNumber(CheckOption option) => GetNumber(option.Name, option.Minimum ?? double.MinValue, option.Maximum ?? double.MaxValue);

    /// <summary>A whole-number option within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int GetInt(string key, int defaultValue, int min, int max)
    {
        var node = Find(key);
        if (node is null) return defaultValue;
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Error(EngineRules.InvalidValue, node, $"'{key}' must be a whole number from {min} to {max}");
        return defaultValue;
    }

    /// <summary>A number option (decimals allowed) within [<paramref name="min"/>, <paramref name="max"/>]; null when absent.</summary>
    public double? GetNumber(string key, double min, double max)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Error(EngineRules.InvalidValue, node, $"'{key}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return null;
    }

    /// <summary>
    /// A mapping of text keys to one text value or a list of them (<c>teh: the</c>, <c>alot: [a lot, allot]</c>), in
    /// file order; an empty value list is an error.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> GetMapping(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is not YamlMappingNode mapping)
        {
            Error(EngineRules.InvalidValue, node, $"'{key}' must be a mapping such as 'teh: the' or 'alot: [a lot, allot]'");
            return [];
        }

        var result = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                Error(EngineRules.InvalidValue, entry.Key, $"'{key}' keys must be non-empty text");
                continue;
            }

            IReadOnlyList<string>? values = entry.Value switch
            {
                YamlScalarNode { Value: { } single } => [single],
                YamlSequenceNode sequence when sequence.Children.Count > 0 && sequence.Children.All(c => c is YamlScalarNode { Value: not null }) =>
                    [.. sequence.Children.Cast<YamlScalarNode>().Select(c => c.Value!)],
                _ => null,
            };
            if (values is null) Error(EngineRules.InvalidValue, entry.Value, $"'{key}.{name}' must be a text value or a non-empty list of them");
            else result.Add(new KeyValuePair<string, IReadOnlyList<string>>(name, values));
        }

        return result;
    }

    /// <summary>A list of lists of text (<c>[[US, U.S.], [percent, per cent]]</c>); each inner list needs at least <paramref name="minItems"/> items.</summary>
    public IReadOnlyList<IReadOnlyList<string>> GetListOfLists(string key, int minItems)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is not YamlSequenceNode outer)
        {
            Error(EngineRules.InvalidValue, node, $"'{key}' must be a list of lists, such as [[US, U.S.], [percent, per cent]]");
            return [];
        }

        var result = new List<IReadOnlyList<string>>();
        foreach (var item in outer.Children)
        {
            if (item is YamlSequenceNode inner && inner.Children.Count >= minItems && inner.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
                result.Add([.. inner.Children.Cast<YamlScalarNode>().Select(c => c.Value!)]);
            else
                Error(EngineRules.InvalidValue, item, $"each item of '{key}' must be a list of at least {minItems} text values");
        }

        return result;
    }

    /// <summary>Records an invalid-value error (ED0004) at option <paramref name="key"/> (or the check mapping when the key is absent).</summary>
    public void Invalid(string key, string message) => Error(EngineRules.InvalidValue, Find(key) ?? _node, message);

    /// <summary>A true/false option.</summary>
    public bool GetBool(string key, bool defaultValue)
    {
        var node = Find(key);
        if (node is null) return defaultValue;
        if (node is YamlScalarNode { Value: "true" or "false" } scalar) return scalar.Value == "true";
        Error(EngineRules.InvalidValue, node, $"'{key}' must be true or false");
        return defaultValue;
    }

    /// <summary>A list of strings (a single string counts as a list of one).</summary>
    public IReadOnlyList<string> GetStringList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } single }:
                return [single];
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode { Value: not null }):
                return [.. sequence.Children.Cast<YamlScalarNode>().Select(c => c.Value!)];
            default:
                Error(EngineRules.InvalidValue, node, $"'{key}' must be a list of text values");
                return [];
        }
    }

    /// <summary>A regular expression option, compiled to run in linear time; a bad pattern is ED0007.</summary>
    public Regex? GetRegex(string key, bool ignoreCase = false)
    {
        var pattern = GetString(key);
        if (pattern is null) return null;
        var regex = RegexFactory.TryCreate(pattern, ignoreCase, out var error);
        if (regex is null) Error(EngineRules.InvalidRegex, Find(key)!, $"'{key}' does not compile: {error}");
        return regex;
    }

    /// <summary>A list of regular expressions, each compiled on its own so that a bad one is reported at its own line.</summary>
    public IReadOnlyList<string> GetPatternList(string key, bool ignoreCase)
    {
        var patterns = GetStringList(key);
        var node = Find(key);
        var items = node is YamlSequenceNode sequence ? sequence.Children.ToList() : node is null ? [] : [node];
        for (var i = 0; i < patterns.Count; i++)
        {
            if (!RegexFactory.Validate(patterns[i], ignoreCase, out var error))
                Error(EngineRules.InvalidRegex, i < items.Count ? items[i] : _node, $"pattern '{patterns[i]}' in '{key}' does not compile: {error}");
        }

        return patterns;
    }

    /// <summary>Compiles an expression built from option <paramref name="key"/>; a bad pattern is ED0007 at that key.</summary>
    public Regex? CompileRegex(string key, string pattern, bool ignoreCase)
    {
        var regex = RegexFactory.TryCreate(pattern, ignoreCase, out var error);
        if (regex is null) Error(EngineRules.InvalidRegex, Find(key) ?? _node, $"'{key}' does not compile: {error}");
        return regex;
    }

    /// <summary>Records an error at option <paramref name="key"/> (or the check mapping when the key is absent).</summary>
    public void Fail(string key, string message) => Error(EngineRules.MissingKey, Find(key) ?? _node, message);

    /// <summary>Loads a data file named by option <paramref name="key"/> (or its default) and parses it once per load.</summary>
    public T? GetData<T>(string key, string defaultPath, Func<string, T> parse)
        where T : class
    {
        var node = Find(key);
        var path = GetString(key, defaultPath)!;
        var cacheKey = typeof(T).FullName + "|" + path;
        if (_cache.TryGetValue(cacheKey, out var cached)) return (T)cached;
        var text = _data.Read(path);
        if (text is null)
        {
            Error(EngineRules.MissingData, node ?? _node, $"data file '{path}' was not found beside the rule pack");
            return null;
        }

        var parsed = parse(text);
        _cache[cacheKey] = parsed;
        return parsed;
    }

    /// <summary>
    /// A data file's bytes (UTF-8), read on first use when the provider can tell that the file exists (see
    /// <see cref="IRuleDataLocator"/>), else now; null (and an error) when it is missing. Bytes rather than text for
    /// tables too large to decode whole (see <see cref="IRuleDataBytes"/>).
    /// </summary>
    public Lazy<byte[]>? GetLazyBytes(string key, string defaultPath)
    {
        var node = Find(key);
        var path = GetString(key, defaultPath)!;
        var cacheKey = "lazy-bytes|" + path;
        if (_cache.TryGetValue(cacheKey, out var cached)) return (Lazy<byte[]>)cached;
        Lazy<byte[]>? lazy = null;
        if (_data is IRuleDataLocator locator)
        {
            if (locator.Exists(path)) lazy = new Lazy<byte[]>(() => Bytes(_data, path) ?? []);
        }
        else if (Bytes(_data, path) is { } bytes)
        {
            lazy = new Lazy<byte[]>(() => bytes);
            _ = lazy.Value;
        }

        if (lazy is null)
        {
            Error(EngineRules.MissingData, node ?? _node, $"data file '{path}' was not found beside the rule pack");
            return null;
        }

        _cache[cacheKey] = lazy;
        return lazy;
    }

    private static byte[]? Bytes(IRuleDataProvider data, string path) =>
        data is IRuleDataBytes raw ? raw.ReadBytes(path) : data.Read(path) is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : null;

    /// <summary>The pack's shared vocabulary (accept and reject lists), read once per pack.</summary>
    public Vocabulary Vocabulary
    {
        get
        {
            const string cacheKey = "vocabulary";
            if (_cache.TryGetValue(cacheKey, out var cached)) return (Vocabulary)cached;
            var vocabulary = Vocabulary.Read(_data);
            _cache[cacheKey] = vocabulary;
            return vocabulary;
        }
    }

    /// <summary>Option <c>exceptions</c> plus the pack's accepted vocabulary.</summary>
    public IReadOnlyList<string> GetExceptions() => [.. GetStringList("exceptions").Concat(Vocabulary.Accept)];

    /// <summary>Reports keys of the mapping that no getter read.</summary>
    internal void ReportUnknownKeys(IReadOnlyList<string> allowedKeys)
    {
        foreach (var entry in _node.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (_read.Contains(key) || allowedKeys.Contains(key, StringComparer.Ordinal)) continue;
            Error(EngineRules.UnknownKey, entry.Key, $"unknown key 'check.{key}'; allowed keys: {string.Join(", ", allowedKeys.Prepend("kind"))}");
        }
    }

    private YamlNode? Find(string key)
    {
        _read.Add(key);
        foreach (var entry in _node.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } name } && name == key) return entry.Value;
        }

        return null;
    }

    private void Error(Lint.Rules.RuleDescriptor rule, YamlNode node, string message)
    {
        HasErrors = true;
        _reader.Error(rule, node, message);
    }
}

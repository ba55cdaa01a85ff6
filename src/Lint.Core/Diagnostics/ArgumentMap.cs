using System.Collections;

namespace Lint.Diagnostics;

/// <summary>
/// A finding's arguments, held in one array of names and values: a finding keeps them until the report is written,
/// and an article can have tens of thousands of findings, so they take a third of a dictionary's room. Look-ups read
/// the few names in turn.
/// </summary>
public sealed class ArgumentMap : IReadOnlyDictionary<string, string>
{
    private readonly string[] _pairs;

    private ArgumentMap(string[] pairs) => _pairs = pairs;

    /// <summary>No arguments.</summary>
    public static ArgumentMap Empty { get; } = new([]);

    /// <summary>A copy of <paramref name="arguments"/>, in their order.</summary>
    public static ArgumentMap From(IReadOnlyDictionary<string, string> arguments)
    {
        if (arguments is ArgumentMap map) return map;
        if (arguments.Count == 0) return Empty;
        var pairs = new string[arguments.Count * 2];
        var i = 0;
        foreach (var pair in arguments)
        {
            pairs[i++] = pair.Key;
            pairs[i++] = pair.Value;
        }

        return new ArgumentMap(pairs);
    }

    /// <inheritdoc/>
    public int Count => _pairs.Length / 2;

    /// <inheritdoc/>
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public IEnumerable<string> Keys => this.Select(p => p.Key);

    /// <inheritdoc/>
    public IEnumerable<string> Values => this.Select(p => p.Value);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc/>
    public bool TryGetValue(string key, out string value)
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            if (string.Equals(_pairs[i], key, StringComparison.Ordinal))
            {
                value = _pairs[i + 1];
                return true;
            }
        }

        value = string.Empty;
        return false;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _pairs.Length; i += 2) yield return new KeyValuePair<string, string>(_pairs[i], _pairs[i + 1]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

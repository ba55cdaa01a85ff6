using Lint.Loading;

namespace Lint.Testing;

/// <summary>A rule pack's data files held in memory, by path relative to the pack: none, or the ones a test gives.</summary>
public sealed class RuleData(IReadOnlyDictionary<string, string> files) : IRuleDataProvider
{
    /// <summary>A pack with no data files.</summary>
    public static RuleData None { get; } = new(new Dictionary<string, string>());

    /// <inheritdoc />
    public string? Read(string relativePath) => files.TryGetValue(relativePath, out var text) ? text : null;
}

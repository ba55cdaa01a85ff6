using Lint.Loading;

namespace Lint.Evaluation.Tests;

/// <summary>Serves rule data files (the gazetteer) from the repository's rules/ folder, as the CLI does from its own.</summary>
public sealed class RulesFolderData(string rulesFolder) : IRuleDataProvider
{
    /// <inheritdoc />
    public string? Read(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(rulesFolder, relativePath));

        // A data path must stay inside rules/: the evaluation should fail loudly rather than read files from elsewhere.
        if (!path.StartsWith(Path.GetFullPath(rulesFolder), StringComparison.Ordinal)) return null;
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}

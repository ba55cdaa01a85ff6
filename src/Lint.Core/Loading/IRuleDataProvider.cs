namespace Lint.Loading;

/// <summary>
/// Reads data files rules refer to (gazetteers, word lists) by a path relative to the pack's root. The CLI reads
/// the file system; the analyzer reads embedded resources. The core never touches files itself.
/// </summary>
public interface IRuleDataProvider
{
    /// <summary>Returns the file's text, or null when there is no such file.</summary>
    string? Read(string relativePath);
}

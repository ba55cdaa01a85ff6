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

/// <summary>
/// A provider that can tell whether a data file exists without reading it. Large data (the 300,000 place names)
/// is then read only when a check first needs it, and a run that never does skips the read; a missing file is
/// still reported when the rules load.
/// </summary>
public interface IRuleDataLocator : IRuleDataProvider
{
    /// <summary>Whether the file exists.</summary>
    bool Exists(string relativePath);
}

/// <summary>
/// A provider that hands over a data file's bytes as they are stored (UTF-8). Large tables are searched in their
/// bytes (the 300,000 place names would be an 8 MB string); other providers' text is encoded instead.
/// </summary>
public interface IRuleDataBytes
{
    /// <summary>Returns the file's bytes, or null when there is no such file.</summary>
    byte[]? ReadBytes(string relativePath);
}

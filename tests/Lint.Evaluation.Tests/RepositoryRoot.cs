namespace Lint.Evaluation.Tests;

/// <summary>
/// The repository folder (the one holding Lint.sln), found by walking up from the test's output folder, so the
/// tests read the rules and the corpus in place and never need copies in bin/.
/// </summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lint.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Lint.sln was not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding Lint.sln.</summary>
    public static string Folder => RootPath.Value;

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Folder, .. parts]);
}

namespace Lint.Testing;

/// <summary>Locations in the repository and in the shared folder beside it, found from the test's output folder.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lint.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Lint.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding Lint.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path below the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The shared folder (seeds, schemas, reference) that sits beside the repository.</summary>
    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared)
                ? shared
                : throw new InvalidOperationException($"The shared folder (seeds, SARIF schema) is expected beside the repository at {shared}.");
        }
    }
}

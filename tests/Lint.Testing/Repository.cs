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

    /// <summary>Where the shared folder (seeds, corpus, SARIF schema, reference) is expected: beside the repository.</summary>
    public static string SharedPath => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Whether the shared folder sits beside the repository; tests that read it are skipped when it does not.</summary>
    public static bool HasShared => Directory.Exists(SharedPath);

    /// <summary>
    /// The skip reason of a test that reads the shared folder, when the folder is absent (a fresh clone alone); null
    /// when it is there. CI always has it and fails on any skipped test.
    /// </summary>
    public static string? SharedAbsentReason => HasShared
        ? null
        : $"needs ../shared (the seeds, corpus and SARIF schema beside the repository); skipped because {SharedPath} is absent";

    /// <summary>The shared folder (seeds, corpus, schemas, reference) that sits beside the repository.</summary>
    public static string Shared => HasShared
        ? SharedPath
        : throw new InvalidOperationException($"The shared folder (seeds, corpus, SARIF schema) is expected beside the repository at {SharedPath}: "
            + "a test that reads it is a [SharedFact] or [SharedTheory], skipped when it is absent.");
}

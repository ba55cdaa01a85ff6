namespace Lint.Tools.DocGen;

/// <summary>
/// <c>dotnet run --project tools/DocGen</c>: regenerates the documentation derived from the rule files (see
/// <see cref="DocGenerator"/>). With <c>--check</c> it only compares and exits 1 when a file is stale.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: dotnet run --project tools/DocGen [--check] [--root DIR]
          Regenerates, from the rule files, the rule table in README.md, docs/rules/README.md, and on each page
          docs/rules/ID.md the heading, the metadata line and the output of its `lint check story.txt` example.
          --check     write nothing; exit 1 if a file is not what the generator would write
          --root DIR  the repository (the folder holding Lint.sln); default: found above the current folder
        """;

    private static int Main(string[] args)
    {
        var check = false;
        string? root = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--check":
                    check = true;
                    break;
                case "--root" when i + 1 < args.Length:
                    root = Path.GetFullPath(args[++i]);
                    break;
                case "-h" or "--help":
                    Console.Out.Write(Usage);
                    return 0;
                default:
                    Console.Error.Write($"docgen: unknown argument '{args[i]}'\n{Usage}");
                    return 2;
            }
        }

        root ??= FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
        if (root is null || !File.Exists(Path.Combine(root, "Lint.sln")))
        {
            Console.Error.Write("docgen: no Lint.sln above the current folder; run it in the repository or give --root DIR\n");
            return 2;
        }

        var generation = DocGenerator.Generate(root);
        foreach (var problem in generation.Problems) Console.Error.Write($"docgen: {problem}\n");
        if (check)
        {
            var stale = generation.Stale(root);
            foreach (var file in stale) Console.Error.Write($"stale: {file}\n");
            if (stale.Count > 0) Console.Error.Write($"docs are stale: run {DocGenerator.Command}\n");
            else if (generation.Problems.Count == 0) Console.Out.Write($"{generation.Files.Count} generated files are up to date\n");
            return stale.Count > 0 || generation.Problems.Count > 0 ? 1 : 0;
        }

        var written = generation.Write(root);
        foreach (var file in written) Console.Out.Write($"wrote {file}\n");
        Console.Out.Write($"{written.Count} of {generation.Files.Count} generated files changed\n");
        return generation.Problems.Count > 0 ? 1 : 0;
    }

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Lint.sln"))) return directory.FullName;
        }

        return null;
    }
}

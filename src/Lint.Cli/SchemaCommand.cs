namespace Lint.Cli;

/// <summary>
/// <c>lint schema [--output FILE]</c>: the JSON schema of rule files, which ships in the tool's rules folder beside the
/// built-in pack. Written beside a newsroom's own pack, it gives the editor completion and validation for the pack's
/// rule files (<c># yaml-language-server: $schema=rule.schema.json</c>), and it always matches the installed Lint.
/// </summary>
public static class SchemaCommand
{
    /// <summary>The schema's file name, in the built-in rules folder and beside a pack.</summary>
    public const string FileName = "rule.schema.json";

    /// <summary>Writes the schema to standard output or to the file <c>--output</c> names.</summary>
    public static int Run(IEnumerable<string> args, CliEnvironment environment)
    {
        var reader = new ArgumentReader(args, ["--output"], [], new Dictionary<string, string>(StringComparer.Ordinal) { ["-o"] = "--output" });
        if (reader.Positional.Count > 0) throw new UsageException($"schema takes no path; write the schema to a file with 'lint schema --output {reader.Positional[0]}'");

        var source = Path.Combine(RulePacks.BuiltInRoot(environment), FileName);
        string text;
        try
        {
            text = File.ReadAllText(source);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"lint: the rule schema was not found beside the tool ({OutputException.Reason(ex)}); reinstall Lint");
            return ExitCodes.Usage;
        }

        var path = reader.Value("--output");
        if (path is null)
        {
            environment.Out.Write(text);
            return ExitCodes.Success;
        }

        using var file = ReportFile.Open(path, environment, []);
        try
        {
            file.Writer.Write(text);
            file.Commit();
        }
        catch (IOException ex)
        {
            throw new OutputException($"cannot write '{path}': {OutputException.Reason(ex)}");
        }

        return ExitCodes.Success;
    }
}

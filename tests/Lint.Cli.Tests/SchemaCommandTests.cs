using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary><c>lint schema</c> hands out the rule schema the tool ships, for the editor beside a newsroom's own pack.</summary>
public sealed class SchemaCommandTests
{
    private static readonly string Schema = File.ReadAllText(Repository.PathOf("rules", "rule.schema.json"));

    [Fact]
    public void Schema_prints_the_shipped_rule_schema()
    {
        var run = CliRun.Invoke(Repository.Root, "schema");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Schema, run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Schema_written_beside_a_pack_is_what_its_rule_files_schema_line_names()
    {
        using var folder = new TempFolder();
        var rule = folder.Write("house/HS1001-no-teh.yaml", """
            # yaml-language-server: $schema=rule.schema.json
            id: HS1001
            name: no-teh
            title: Misspelling of the
            message: "Write the, not {match}"
            severity: warning
            check:
              kind: existence
              tokens: [teh]
            """);
        var run = CliRun.Invoke(folder.Path, "schema", "-o", "house/rule.schema.json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Schema, File.ReadAllText(SchemaLineTarget(rule)));

        // The schema beside the pack is not a rule file: the pack still loads and tests cleanly.
        var test = CliRun.Invoke(folder.Path, "test-rules", "house");
        Assert.True(test.ExitCode == 0, test.Out + test.Error);
    }

    [Fact]
    public void Schema_takes_no_path()
    {
        var run = CliRun.Invoke(Repository.Root, "schema", "house");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("lint schema --output house", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The file a rule file's <c># yaml-language-server: $schema=PATH</c> line names, resolved as the editor resolves it.</summary>
    public static string SchemaLineTarget(string ruleFile)
    {
        const string Prefix = "# yaml-language-server: $schema=";
        var line = File.ReadLines(ruleFile).First();
        Assert.StartsWith(Prefix, line, StringComparison.Ordinal);
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ruleFile)!, line.Substring(Prefix.Length)));
    }
}

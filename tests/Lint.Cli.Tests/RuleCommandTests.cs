using Lint.Testing;

namespace Lint.Cli.Tests;

public sealed class RuleCommandTests
{
    [Fact]
    public void Test_rules_runs_every_example_of_the_built_in_pack()
    {
        var run = CliRun.Invoke(Repository.Root, "test-rules");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("PASS ED2001 unclosed-quotation", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n\d+ passed, 0 failed\n$", run.Out);
    }

    [Fact]
    public void Test_rules_reports_failing_examples_with_file_and_line()
    {
        using var folder = new TempFolder();
        folder.Write("house/HS1001-no-teh.yaml", """
            id: HS1001
            name: no-teh
            title: Misspelling of the
            message: "Write the, not {match}"
            severity: warning
            check:
              kind: existence
              tokens: [teh]
            examples:
              flag:
                - 'He saw [|teh|] cat.'
                - 'He saw [|the|] dog.'
              pass:
                - 'He saw the cat.'
            """);
        var run = CliRun.Invoke(folder.Path, "test-rules", "house");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "FAIL HS1001 no-teh (3 examples)\n" +
            "  house/HS1001-no-teh.yaml:12: flag example: expected a finding, got none\n" +
            "2 passed, 1 failed\n",
            run.Out);
    }

    [Fact]
    public void Rules_lists_the_rules_in_effect_for_a_path()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[opinion/**]\ndotnet_diagnostic.ED2002.severity = none\n");
        var run = CliRun.Invoke(folder.Path, "rules", "opinion/column.md");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\nED2002 +none +news +missing-terminal-punctuation +builtin:news/ED2002-missing-terminal-punctuation\.yaml\n", run.Out);
        Assert.Matches(@"\nED2001 +error +news +unclosed-quotation ", run.Out);
    }

    [Fact]
    public void Explain_prints_the_rule_page_and_suggests_ids()
    {
        var run = CliRun.Invoke(Repository.Root, "explain", "ed2001");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# ED2001: Quotation is never closed\n", run.Out, StringComparison.Ordinal);
        var unknown = CliRun.Invoke(Repository.Root, "explain", "ED201");
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("lint: no rule 'ED201'; did you mean ED2001", unknown.Error, StringComparison.Ordinal);
    }
}

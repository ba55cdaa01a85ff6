using Lint.Testing;

namespace Lint.Core.Tests;

/// <summary>
/// The check-kind part of rules/rule.schema.json is generated from the kinds (<see cref="CheckKindSchema"/>) and must
/// be committed as generated. After changing a kind, run the test with LINT_UPDATE=1 to rewrite the file, and review
/// the diff.
/// </summary>
public sealed class RuleSchemaDriftTests
{
    [Fact]
    public void The_rule_schema_says_what_the_check_kinds_declare()
    {
        var path = Repository.PathOf("rules", "rule.schema.json");
        var committed = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var generated = CheckKindSchema.Update(committed);
        if (generated == committed) return;
        if (Environment.GetEnvironmentVariable("LINT_UPDATE") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        var expected = generated.Split('\n');
        var actual = committed.Split('\n');
        var line = 0;
        while (line < expected.Length && line < actual.Length && expected[line] == actual[line]) line++;
        Assert.Fail(
            $"rules/rule.schema.json is not what the check kinds declare (first difference at line {line + 1}: " +
            $"'{(line < actual.Length ? actual[line].Trim() : "<end>")}', generated '{(line < expected.Length ? expected[line].Trim() : "<end>")}'). " +
            "Run LINT_UPDATE=1 dotnet test tests/Lint.Core.Tests --filter RuleSchemaDriftTests to rewrite it, and review the diff.");
    }

}

using Lint.Rules;
using Lint.Testing;

namespace Lint.Rules.Tests;

/// <summary>Every example in every rule file runs as a test: flag examples must give exactly their marked spans, pass examples nothing.</summary>
public sealed class RuleExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in BuiltInRules.Catalog.Rules)
        {
            for (var i = 0; i < rule.Examples.Count; i++) data.Add(rule.Id, i);
        }

        return data;
    }

    [Fact]
    public void Built_in_pack_loads_without_errors()
    {
        Assert.Empty(BuiltInRules.Catalog.Errors.Select(e => $"{e.Path}({e.Diagnostic.Location.Start}): {e.Diagnostic.RuleId} {e.Diagnostic.Message}"));
        // One rule for each file in rules/news, named ID-name.yaml, in the order of the IDs.
        var files = Directory.EnumerateFiles(Repository.PathOf("rules", "news"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        Assert.Equal(files, BuiltInRules.Catalog.Rules.Select(r => $"{r.Id}-{r.Descriptor.Name}"));
    }

    [Fact]
    public void Every_rule_proves_both_directions()
    {
        foreach (var rule in BuiltInRules.Catalog.Rules)
        {
            Assert.True(rule.Examples.Count(e => e.ShouldFlag) >= 2, $"{rule.Id} needs at least two flag examples");
            Assert.True(rule.Examples.Count(e => !e.ShouldFlag) >= 2, $"{rule.Id} needs at least two pass examples");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_behaves_as_stated(string ruleId, int index)
    {
        var rule = BuiltInRules.Catalog.Find(ruleId)!;
        var outcome = RuleExampleRunner.Run(rule, rule.Examples[index]);
        Assert.True(outcome.Passed, $"{rule.Descriptor.Source}:{outcome.Example.Line}: {outcome.Failure}");
    }
}

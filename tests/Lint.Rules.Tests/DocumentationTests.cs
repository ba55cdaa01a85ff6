using System.Text;
using Lint.Rules;
using Lint.Testing;

namespace Lint.Rules.Tests;

/// <summary>Rule metadata is the one source of truth: the doc pages and the README's table must agree with it.</summary>
public sealed class DocumentationTests
{
    private static IEnumerable<RuleDescriptor> AllRules =>
        BuiltInRules.Catalog.Rules.Select(r => r.Descriptor).Concat(Lint.Loading.EngineRules.All);

    [Fact]
    public void Every_rule_has_a_doc_page_headed_with_its_id_and_title()
    {
        foreach (var rule in AllRules)
        {
            var path = Repository.PathOf("docs", "rules", rule.Id + ".md");
            Assert.True(File.Exists(path), $"docs/rules/{rule.Id}.md is missing");
            var lines = File.ReadAllLines(path);
            Assert.Equal($"# {rule.Id}: {rule.Title}", lines[0]);
            foreach (var heading in new[] { "## What it flags", "## Why it matters", "## Examples", "## Options" })
                Assert.Contains(heading, lines);
        }
    }

    [Fact]
    public void Rule_schema_lists_every_check_kind()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Repository.PathOf("rules", "rule.schema.json")));
        var kinds = schema.RootElement.GetProperty("properties").GetProperty("check").GetProperty("properties").GetProperty("kind")
            .GetProperty("enum").EnumerateArray().Select(k => k.GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(Lint.Checks.CheckKinds.Names, kinds);
    }

    [Fact]
    public void Readme_rule_table_matches_the_rule_files()
    {
        var expected = new StringBuilder();
        expected.Append("| ID | Name | Title | Default severity |\n| --- | --- | --- | --- |\n");
        foreach (var rule in BuiltInRules.Catalog.Rules.Select(r => r.Descriptor))
            expected.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Name} | {rule.Title} | {Severity(rule)} |\n");

        var readme = File.ReadAllText(Repository.PathOf("README.md")).Replace("\r\n", "\n");
        const string begin = "<!-- rules:begin -->\n";
        var start = readme.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        var end = readme.IndexOf("<!-- rules:end -->", StringComparison.Ordinal);
        Assert.Equal(expected.ToString(), readme.Substring(start, end - start));

        static string Severity(Lint.Rules.RuleDescriptor rule) =>
            rule.EnabledByDefault ? rule.DefaultSeverity.ToName() : $"off ({rule.DefaultSeverity.ToName()} when on)";
    }
}

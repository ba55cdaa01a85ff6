using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

public sealed class LinterTests
{
    private sealed class Throwing : ICheck
    {
        public void Run(CheckContext context) => throw new InvalidOperationException("boom");
    }

    private static readonly ReferenceDate Date = new(2026, 11, 22);

    private static Rule TehRule(string extra = "")
    {
        var catalog = RulePackLoader.Load([new RuleFile("teh.yaml", $$"""
            id: HS1001
            name: no-teh
            title: Misspelling of the
            message: "Write \"the\", not \"{match}\""
            severity: warning
            {{extra}}
            check:
              kind: existence
              tokens: [teh]
            """)], RuleData.None);
        return Assert.Single(catalog.Rules);
    }

    [Fact]
    public void A_long_article_runs_its_rules_in_parallel_with_the_findings_of_one_rule_at_a_time()
    {
        // The test corpus end to end, repeated past the length from which an article's rules run in parallel.
        var parts = Directory.EnumerateFiles(Repository.PathOf("tests", "corpus", "articles")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var text = new System.Text.StringBuilder();
        while (text.Length < Cli.ParallelRuleRunner.ParallelRulesFrom * 2)
        {
            foreach (var part in parts) text.Append(part).Append("\n\n");
        }

        var article = ArticleParser.Parse(new SourceText(text.ToString(), "long.txt"), ArticleFormat.PlainText);
        var configuration = new LintConfiguration(BuiltInRules.SeedDate);
        var together = new Linter(BuiltInRules.Catalog, new Cli.ParallelRuleRunner(4)).Lint(article, configuration);
        var oneByOne = BuiltInRules.Catalog.Rules.SelectMany(r => new Linter(new RuleCatalog([r], [])).Lint(article, configuration)).ToList();
        oneByOne.Sort(Linter.Compare);
        Assert.True(together.Count > 100, $"{together.Count} findings");
        Assert.Equal(oneByOne.Select(Describe), together.Select(Describe));

        static string Describe(LintDiagnostic d) => $"{d.Location.Start} {d.RuleId} {d.Message}";
    }

    [Fact]
    public void A_finding_keeps_its_arguments_compactly_and_writes_its_message_from_them()
    {
        var linter = new Linter(new RuleCatalog([TehRule()], []));
        var finding = Assert.Single(linter.Lint(new SourceText("Yesterday he saw teh cat in the garden.\n", "a.txt"), new LintConfiguration(Date)));
        Assert.Equal("Write \"the\", not \"teh\"", finding.Message);
        var arguments = Assert.IsType<ArgumentMap>(finding.Arguments);
        Assert.Equal([new KeyValuePair<string, string>("match", "teh")], arguments);
        Assert.Equal("teh", arguments["match"]);
        Assert.False(arguments.TryGetValue("city", out _));
        Assert.Throws<KeyNotFoundException>(() => arguments["city"]);

        // A copy with a message of its own keeps it; one with only a new suppression still writes it from the arguments.
        Assert.Equal("other", (finding with { Message = "other" }).Message);
        Assert.Equal(finding.Message, (finding with { Suppression = new Diagnostics.Suppression("test", default) }).Message);
        Assert.Empty(new LintDiagnostic("X", Severity.Warning, "m", default, default).Arguments);
    }

    [Fact]
    public void A_failing_check_becomes_ED0013_and_the_other_rules_still_run()
    {
        RuleScope.TryCreate(["paragraph"], out var scope, out _);
        var broken = new Rule(new RuleDescriptor("HS9999", "broken", "Broken", "x", Severity.Error, "test"), new Throwing(), scope);
        var linter = new Linter(new RuleCatalog([broken, TehRule()], []));
        var diagnostics = linter.Lint(new SourceText("Yesterday he saw teh cat in the garden.\n", "a.txt"), new LintConfiguration(Date));
        Assert.Contains(diagnostics, d => d.RuleId == "ED0013" && d.Message.Contains("HS9999", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.RuleId == "HS1001");
    }

    [Fact]
    public void In_text_directives_suppress_findings_without_dropping_them()
    {
        const string text = """
            Yesterday he saw teh cat in the garden.

            <!-- lint-disable HS1001 -->
            Yesterday he saw teh dog in the garden.
            <!-- lint-enable HS1001 -->

            <!-- lint-disable-next-line -->
            Yesterday he saw teh bird in the garden.
            Yesterday he saw teh fish in the garden.
            """;
        var diagnostics = new Linter(new RuleCatalog([TehRule()], [])).Lint(new SourceText(text, "a.txt"), new LintConfiguration(Date));
        Assert.Equal([1, 4, 8, 9], diagnostics.Select(d => d.Location.Start.Line));
        Assert.Equal([false, true, true, false], diagnostics.Select(d => d.Suppression is not null));
    }

    [Fact]
    public void Enabling_one_rule_keeps_the_others_disabled()
    {
        const string text = """
            Yesterday he saw the cat in the garden.

            <!-- lint-disable -->
            Yesterday he saw teh dog in the garden.
            <!-- lint-enable HS1001 -->
            Yesterday he saw teh bird in the garden.
            """;
        var diagnostics = new Linter(new RuleCatalog([TehRule()], [])).Lint(new SourceText(text, "a.txt"), new LintConfiguration(Date));
        Assert.Equal([true, false], diagnostics.Select(d => d.Suppression is not null));
    }

    [Fact]
    public void Engine_errors_cannot_be_suppressed()
    {
        RuleScope.TryCreate(["paragraph"], out var scope, out _);
        var broken = new Rule(new RuleDescriptor("HS9999", "broken", "Broken", "x", Severity.Error, "test"), new Throwing(), scope);
        var diagnostics = new Linter(new RuleCatalog([broken], [])).Lint(new SourceText("<!-- lint-disable -->\nText.\n", "a.txt"), new LintConfiguration(Date));
        Assert.Null(Assert.Single(diagnostics).Suppression);
    }

    [Fact]
    public void Severity_none_switches_a_rule_off_and_overrides_change_severity()
    {
        var linter = new Linter(new RuleCatalog([TehRule()], []));
        var source = new SourceText("Yesterday he saw teh cat in the garden.\n", "a.txt");
        var off = new LintConfiguration(Date) { Severities = new Dictionary<string, Severity> { ["HS1001"] = Severity.None } };
        Assert.Empty(linter.Lint(source, off));
        var error = new LintConfiguration(Date) { Severities = new Dictionary<string, Severity> { ["HS1001"] = Severity.Error } };
        Assert.Equal(Severity.Error, Assert.Single(linter.Lint(source, error)).Severity);
    }

    [Fact]
    public void A_rule_shipped_switched_off_runs_only_once_a_severity_is_set_for_it()
    {
        var rule = TehRule("enabled: false");
        Assert.False(rule.Descriptor.EnabledByDefault);
        var linter = new Linter(new RuleCatalog([rule], []));
        var source = new SourceText("Yesterday he saw teh cat in the garden.\n", "a.txt");
        Assert.Empty(linter.Lint(source, new LintConfiguration(Date)));
        var on = new LintConfiguration(Date) { Severities = new Dictionary<string, Severity> { ["HS1001"] = Severity.Suggestion } };
        Assert.Equal(Severity.Suggestion, Assert.Single(linter.Lint(source, on)).Severity);
        Assert.True(TehRule().Descriptor.EnabledByDefault);
    }

    [Fact]
    public void Configuration_keys_are_read_by_one_adapter()
    {
        var errors = new List<string>();
        var configuration = ConfigurationReader.Read(
        [
            new("dotnet_diagnostic.ED2002.severity", "suggestion"),
            new("dotnet_diagnostic.ED2001.severity", "loud"),
            new("lint.reference_date", "2025-03-01"),
            new("lint.ED3001.years", "2"),
            new("lint.ED4001.severity", "none"),
            new("indent_size", "4"),
        ], Date, errors);
        Assert.Equal(Severity.Suggestion, configuration.Severities["ED2002"]);
        Assert.Equal(new ReferenceDate(2025, 3, 1), configuration.ReferenceDate);
        Assert.Equal("2", configuration.RuleOptions["ED3001"]["years"]);
        Assert.Equal(Severity.None, configuration.Severities["ED4001"]);
        Assert.Equal("dotnet_diagnostic.ED2001.severity = loud: allowed values are error, warning, suggestion, silent, none", Assert.Single(errors));
    }
}

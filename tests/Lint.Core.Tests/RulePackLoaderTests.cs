using System.Diagnostics;
using Lint.Loading;
using Lint.Testing;

namespace Lint.Core.Tests;

public sealed class RulePackLoaderTests
{
    private const string Valid = """
        id: HS1001
        name: no-teh
        title: Misspelling of "the"
        message: "Use \"the\", not \"{match}\""
        severity: warning
        check:
          kind: existence
          tokens: [teh]
        """;

    private static RuleCatalog Load(params (string Path, string Text)[] files) =>
        RulePackLoader.Load(files.Select(f => new RuleFile(f.Path, f.Text)), RuleData.None);

    private static List<string> Errors(RuleCatalog catalog) =>
        [.. catalog.Errors.Select(e => $"{e.Path}({e.Diagnostic.Location.Start}): {e.Diagnostic.RuleId}: {e.Diagnostic.Message}")];

    [Fact]
    public void A_valid_rule_loads()
    {
        var catalog = Load(("house/HS1001.yaml", Valid));
        Assert.Empty(Errors(catalog));
        Assert.Equal("HS1001", Assert.Single(catalog.Rules).Id);
    }

    [Fact]
    public void Every_mistake_in_a_file_is_reported_at_once_with_position_key_and_allowed_values()
    {
        const string text = """
            id: HS1001
            name: NoTeh
            titel: Misspelling
            message: "Found {word}"
            severity: fatal
            scope: [paragraph, sidebar]
            check:
              kind: existence
              tokens: [teh]
              ignorecase: maybe
            """;
        var errors = Errors(Load(("house/bad.yaml", text)));
        Assert.Equal(
        [
            "house/bad.yaml(1,1): ED0003: missing required key 'title'",
            "house/bad.yaml(2,7): ED0004: 'name' is 'NoTeh'; expected a kebab-case name such as unclosed-quotation",
            "house/bad.yaml(3,1): ED0002: unknown key 'titel'; allowed keys: id, name, title, message, severity, category, scope, check, examples, description, status, tags, help-uri, precision, enabled, fix",
            "house/bad.yaml(4,10): ED0010: message placeholder '{word}' is not provided by check kind 'existence'; available: {match}",
            "house/bad.yaml(5,11): ED0004: 'severity' is 'fatal'; allowed values: error, warning, suggestion",
            "house/bad.yaml(6,8): ED0004: unknown scope 'sidebar'; allowed scopes: blockquote, boilerplate, byline, caption, dateline, deck, footer, front-matter, headline, list-item, outside-quotation, paragraph, quotation, raw, sentence, subhead, table, front-matter.<field>, !<name>",
            "house/bad.yaml(10,15): ED0004: 'ignorecase' must be true or false",
        ], errors);
    }

    [Theory]
    [InlineData("check:\n  kind: spellcheck\n", "ED0006", "unknown check kind 'spellcheck'; allowed kinds: byline-form, capitalization, conditional, consistency, copyright-year, dash-spacing, dateline, ")]
    [InlineData("check:\n  kind: existence\n  patterns: ['(unclosed']\n", "ED0007", "pattern '(unclosed' in 'patterns' does not compile")]
    [InlineData("check:\n  kind: existence\n  tokens: [teh]\n  colour: red\n", "ED0002", "unknown key 'check.colour'; allowed keys: kind, tokens, patterns, exceptions, ignorecase")]
    [InlineData("check:\n  kind: dateline\n", "ED0008", "data file 'data/places.txt' was not found beside the rule pack")]
    public void Check_mistakes_name_the_key_and_the_allowed_values(string check, string id, string message)
    {
        var text = "id: HS1001\nname: x\ntitle: X\nmessage: X\nseverity: warning\n" + check;
        var error = Load(("x.yaml", text)).Errors.First();
        Assert.Equal(id, error.Diagnostic.RuleId);
        Assert.StartsWith(message, error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_position_and_other_files_still_load()
    {
        var catalog = Load(("a.yaml", "id: [unclosed\nname: x\n"), ("b.yaml", Valid));
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("a.yaml", error.Path);
        Assert.Equal("ED0001", error.Diagnostic.RuleId);
        Assert.StartsWith("invalid YAML", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Single(catalog.Rules);
    }

    [Fact]
    public void Duplicate_ids_are_reported_against_the_second_file()
    {
        var catalog = Load(("a.yaml", Valid), ("b.yaml", Valid));
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("b.yaml", error.Path);
        Assert.Equal("ED0005", error.Diagnostic.RuleId);
        Assert.Equal("rule id HS1001 is already defined in a.yaml", error.Diagnostic.Message);
    }

    [Fact]
    public void The_first_pack_keeps_its_ids_and_each_pack_reads_its_own_data()
    {
        var dateline = "id: ED1001\nname: dateline\ntitle: T\nmessage: \"{city}\"\nseverity: error\ncheck:\n  kind: dateline\n";
        var builtIn = new RulePack([new RuleFile("builtin:news/ED1001.yaml", dateline)], new Data("KNOWN\n"));
        var house = new RulePack([new RuleFile("aa-house/ED1001.yaml", dateline)], new Data("HOUSE\n"));
        var catalog = RulePackLoader.Load([builtIn, house]);
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("aa-house/ED1001.yaml", error.Path);
        Assert.Equal("ED0005", error.Diagnostic.RuleId);
        Assert.Equal("builtin:news/ED1001.yaml", Assert.Single(catalog.Rules).Descriptor.Source);

        // A pack without data of its own does not borrow another pack's: its rule fails to load instead.
        var orphan = RulePackLoader.Load([builtIn, new RulePack([new RuleFile("other/HS1001.yaml", dateline.Replace("ED1001", "HS1001"))], new Data(null))]);
        Assert.All(orphan.Errors, e => Assert.Equal("ED0008", e.Diagnostic.RuleId));
    }

    private sealed class Data(string? places) : IRuleDataProvider
    {
        public string? Read(string relativePath) => relativePath.EndsWith(".txt", StringComparison.Ordinal) ? places : places is null ? null : "# none\n";
    }

    [Fact]
    public void Alias_bombs_are_rejected_quickly()
    {
        var bomb = "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n";
        for (var i = 0; i < 9; i++) bomb += $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n";
        var watch = Stopwatch.StartNew();
        var error = Assert.Single(Load(("bomb.yaml", bomb)).Errors);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal("ED0011", error.Diagnostic.RuleId);
        Assert.Contains("anchors", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_rejected()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        var error = Assert.Single(Load(("deep.yaml", "id: " + deep)).Errors);
        Assert.Equal("ED0011", error.Diagnostic.RuleId);
        Assert.Contains("nested more than 16 levels", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_non_mapping_files_are_errors()
    {
        Assert.Equal("ED0001", Assert.Single(Load(("empty.yaml", "")).Errors).Diagnostic.RuleId);
        Assert.Equal("ED0004", Assert.Single(Load(("list.yaml", "- a\n- b\n")).Errors).Diagnostic.RuleId);
    }
}

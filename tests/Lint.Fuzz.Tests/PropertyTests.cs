using CsCheck;
using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Fuzz.Tests;

/// <summary>
/// Invariants over generated input, each bounded to a few seconds: the linter never throws on any text and its spans
/// and positions agree; linting is deterministic; rule files, configuration and baselines never make Lint throw
/// (only ED0xxx diagnostics, or a <see cref="FormatException"/> for a baseline). Each input runs through the same
/// target as the coverage-guided fuzzer (tests/Lint.Fuzz), on a thread of its own with a time bound.
/// </summary>
public sealed class PropertyTests
{
    private static string Show(string input) =>
        input.Length <= 2000 ? Escape(input) : Escape(input[..2000]) + $"… ({input.Length} characters)";

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is '\n' ? "\\n\n" : c < ' ' || char.IsSurrogate(c) || c is '\u2028' or '\uFEFF' ? $"\\u{(int)c:x4}" : c.ToString()));

    [Fact]
    public void Linting_any_text_never_throws_and_every_finding_lies_within_the_text_at_its_line_and_column() =>
        ArticleGen.Any.Sample(text => Bounded.Run(() => ParserTarget.Run(text), "linting"), iter: Budget.Iterations(3000), print: Show);

    [Fact]
    public void Linting_is_deterministic()
    {
        var catalog = RulesFolder.Shared.Catalog;
        ArticleGen.Any.Sample(text => Bounded.Run(() =>
        {
            foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown, ArticleFormat.Html })
            {
                var first = Signature(new Linter(catalog).Lint(new SourceText(text, "a.txt"), ParserTarget.EveryRuleOn(), format));
                var second = Signature(new Linter(catalog).Lint(ArticleParser.Parse(new SourceText(text, "a.txt"), format), ParserTarget.EveryRuleOn()));
                Assert.Equal(first, second);
            }
        }, "linting twice"), iter: Budget.Iterations(1000), print: Show);
    }

    [Fact]
    public void Rule_files_load_with_only_ED0xxx_errors_and_the_rules_that_load_run() =>
        RuleGen.Any.Sample(text => Bounded.Run(() => RulesTarget.Run(text), "loading a rule file"), iter: Budget.Iterations(2000), print: Show);

    [Fact]
    public void Configuration_files_never_throw_and_never_make_a_check_fail() =>
        ConfigGen.Any.Sample(text => Bounded.Run(() => ConfigTarget.Run(text), "reading configuration"), iter: Budget.Iterations(1000), print: Show);

    [Fact]
    public void Baseline_read_returns_or_throws_FormatException_and_what_it_returns_can_be_reported() =>
        SarifGen.Any.Sample(text => Bounded.Run(() => BaselineTarget.Run(text), "reading a baseline"), iter: Budget.Iterations(2000), print: Show);

    [Fact]
    public void A_directive_that_names_no_rule_hides_nothing()
    {
        // "lint-disable foo" names no rule: the paragraph's missing period (ED2002) must still count. ("--" starts a
        // description, so "lint-disable -- why" is a bare directive that does disable every rule: not a name.)
        var name = Gen.Char["abcdefghijklmnopqrstuvwxyz-"].Array[1, 12].Select(c => new string(c)).Where(w => !w.StartsWith("--", StringComparison.Ordinal));
        var linter = new Linter(RulesFolder.Shared.Catalog);
        name.Sample(word =>
        {
            var text = $"Council Meets Today\n\n<!-- lint-disable {word} -->\n\nThe council met on Tuesday and voted on the plan\n";
            var found = linter.Lint(new SourceText(text, "a.md"), new LintConfiguration(ParserTarget.AsOf));
            var missing = Assert.Single(found, d => d.RuleId == "ED2002");
            Assert.Null(missing.Suppression);
        }, iter: Budget.Iterations(50));
    }

    private static string Signature(IReadOnlyList<LintDiagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d =>
        $"{d.RuleId}|{d.Severity}|{d.Span}|{d.Location.Start}-{d.Location.End}|{d.Message}|{d.Suppression?.Directive}|" +
        string.Join(";", d.Fixes.Select(f => f.Description + ":" + string.Join(",", f.Replacements.Select(r => r.Span + "=" + r.NewText))))));
}

using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Fixing;
using Lint.Loading;
using Lint.Rules;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

public sealed class FixerTests
{
    private static readonly ReferenceDate Date = new(2026, 11, 22);

    private static LintDiagnostic Finding(string rule, int start, int length, string newText, FixSafety safety = FixSafety.Safe, string? description = null) =>
        new(rule, Severity.Warning, rule, new TextSpan(start, length), LintDiagnostic.FileStart)
        {
            Fixes = [new Fix(description ?? $"{rule}: {newText}", [new Replacement(new TextSpan(start, length), newText)]) { Safety = safety }],
        };

    private static string FixOnce(string text, params LintDiagnostic[] findings) =>
        Fixer.Apply(text, Fixer.Choose(text, findings, new FixOptions()).Select(c => c.Fix));

    [Fact]
    public void Overlapping_fixes_are_taken_in_one_order_whatever_order_the_findings_come_in()
    {
        const string text = "The the council met.";
        var a = Finding("ED4003", 0, 7, "The");
        var b = Finding("HS1001", 4, 3, "THE");
        var c = Finding("ED2006", 15, 1, "  ");
        Assert.Equal("The council  met.", FixOnce(text, a, b, c));
        Assert.Equal("The council  met.", FixOnce(text, c, b, a));

        // Two fixes of one span: the lower rule id first, the other left for the next pass.
        var d = Finding("ED4001", 4, 3, "X");
        Assert.Equal("The X council met.", FixOnce(text, b, d));
        Assert.Equal("The X council met.", FixOnce(text, d, b));
    }

    [Fact]
    public void Fixes_that_touch_wait_a_pass_so_that_each_is_made_on_the_text_it_was_found_in()
    {
        const string text = "He said";
        var replace = Finding("ED4002", 3, 4, "says");
        var insert = Finding("ED2002", 7, 0, ".");
        Assert.Equal("He says", FixOnce(text, insert, replace));
    }

    [Fact]
    public void A_fix_outside_the_text_or_cutting_a_line_break_or_a_character_in_two_is_never_applied()
    {
        const string text = "One.\r\nTwo 😀 three.";
        Assert.Equal(text, FixOnce(text, Finding("X1", 5, 0, ".")));
        Assert.Equal(text, FixOnce(text, Finding("X1", 11, 1, "x")));
        Assert.Equal(text, FixOnce(text, Finding("X1", 10, 100, "x")));
        Assert.Equal(text, FixOnce(text, Finding("X1", -1, 1, "x")));
        Assert.Equal("One.\r\nTwo 😀 three!", FixOnce(text, Finding("X1", text.Length - 1, 1, "!")));
    }

    [Fact]
    public void A_line_break_in_a_fix_is_written_the_way_the_text_writes_its_lines()
    {
        Assert.Equal("A.\r\nB.\r\nC.", FixOnce("A.\r\nB.", Finding("X1", 6, 0, "\nC.")));
        Assert.Equal("A.\nB.\nC.", FixOnce("A.\nB.", Finding("X1", 5, 0, "\r\nC.")));
    }

    [Fact]
    public void Unsafe_fixes_and_findings_not_included_are_left_alone()
    {
        const string text = "one two";
        var safe = Finding("X1", 0, 3, "One");
        var risky = Finding("X2", 4, 3, "Two", FixSafety.Unsafe);
        Assert.Equal("One two", Fixer.Apply(text, Fixer.Choose(text, [safe, risky], new FixOptions()).Select(c => c.Fix)));
        Assert.Equal("One Two", Fixer.Apply(text, Fixer.Choose(text, [safe, risky], new FixOptions { Unsafe = true }).Select(c => c.Fix)));
        Assert.Equal("one Two", Fixer.Apply(text, Fixer.Choose(text, [safe, risky], new FixOptions { Unsafe = true, Include = d => d.RuleId == "X2" }).Select(c => c.Fix)));

        // A finding switched off in the text keeps its fix to itself.
        var suppressed = safe with { Suppression = new Lint.Diagnostics.Suppression("test", default) };
        Assert.Empty(Fixer.Choose(text, [suppressed], new FixOptions()));
    }

    [Fact]
    public void Fixing_again_after_each_pass_ends_when_nothing_is_left_to_fix_and_at_a_bound_or_a_cycle_otherwise()
    {
        // Each pass's text is linted again: a fix held back for an overlap is made in the next pass.
        var settled = Fixer.Run(new SourceText("The the council met"), s => s.Text switch
        {
            "The the council met" => [Finding("ED4003", 0, 7, "The"), Finding("ED2002", 7, 0, "x")],
            "The council met" => [Finding("ED2002", 15, 0, ".")],
            _ => [],
        }, new FixOptions());
        Assert.Equal(("The council met.", FixEnd.Settled, 2), (settled.Text, settled.End, settled.Applied.Count));
        Assert.Equal([1, 2], settled.Applied.Select(a => a.Pass));
        Assert.True(settled.Changed);

        // A rule that always finds more stops at the bound, with what it found last reported.
        var endless = Fixer.Run(new SourceText("a"), s => [Finding("X1", s.Length, 0, "a")], new FixOptions { MaxPasses = 4 });
        Assert.Equal(("aaaaa", FixEnd.PassLimit, 4), (endless.Text, endless.End, endless.Applied.Count));
        Assert.Single(endless.Remaining);

        // Two rules that undo each other stop as soon as a text comes back.
        var cycle = Fixer.Run(new SourceText("colour"), s => s.Text == "colour" ? [Finding("X1", 0, 6, "color")] : [Finding("X2", 0, 5, "colour")], new FixOptions());
        Assert.Equal(FixEnd.Cycle, cycle.End);
        Assert.False(cycle.Changed);
    }

    private static Rule Rule(string extra, string check) => Assert.Single(RulePackLoader.Load([new RuleFile("r.yaml", $"""
        id: HS1001
        name: house
        title: House spelling
        message: "Write {"{expected}"}"
        severity: warning
        {extra}
        check:
        {check}
        """)], RuleData.None).Rules);

    private static IReadOnlyList<LintDiagnostic> Lint(Rule rule, string text) =>
        new Linter(new RuleCatalog([rule], [])).Lint(new SourceText(text, "a.txt"), new LintConfiguration(Date), ArticleFormat.PlainText);

    [Fact]
    public void A_rule_s_fixes_are_safe_only_when_its_file_says_so_and_then_only_those_the_check_is_sure_of()
    {
        const string one = "  kind: substitution\n  swap:\n    teh: the";
        const string two = "  kind: substitution\n  swap:\n    adviser: [advisor, counsellor]";
        const string text = "Headline\n\nteh adviser met.\n";
        Assert.Equal(FixSafety.Unsafe, Lint(Rule(string.Empty, one), text).Single().Fixes[0].Safety);
        Assert.Equal(FixSafety.Safe, Lint(Rule("fix: safe", one), text).Single().Fixes[0].Safety);
        Assert.All(Lint(Rule("fix: safe", two), text).Single().Fixes, f => Assert.Equal(FixSafety.Unsafe, f.Safety));

        var bad = RulePackLoader.Load([new RuleFile("r.yaml", "id: HS1001\nname: house\ntitle: T\nmessage: M\nseverity: warning\nfix: always\ncheck:\n" + one)], RuleData.None);
        var error = Assert.Single(bad.Errors).Diagnostic;
        Assert.Equal("ED0004", error.RuleId);
        Assert.Contains("'fix' is 'always'; allowed values: safe, unsafe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_dateline_and_a_lost_period_are_fixed_for_certain_and_a_second_run_changes_nothing()
    {
        const string text = "Officials meet on trade\n\nBy Dana Reyes\n\nWASHINTON (AP) — Officials met on Tuesday to talk about trade.\n\nThe talks ended without a deal, officials said\n";
        var configuration = BuiltInRules.EveryRuleOn(BuiltInRules.Catalog, Date);
        var linter = new Linter(BuiltInRules.Catalog);
        var result = Fixer.Run(linter, new SourceText(text, "a.txt"), configuration, new FixOptions(), ArticleFormat.PlainText);
        Assert.Equal(FixEnd.Settled, result.End);
        Assert.Equal(text.Replace("WASHINTON", "WASHINGTON", StringComparison.Ordinal).Replace("officials said\n", "officials said.\n", StringComparison.Ordinal), result.Text);
        Assert.Equal(["ED1001", "ED2002"], result.Applied.Select(a => a.RuleId).Order(StringComparer.Ordinal));

        var again = Fixer.Run(linter, new SourceText(result.Text, "a.txt"), configuration, new FixOptions(), ArticleFormat.PlainText);
        Assert.Empty(again.Applied);
        Assert.False(again.Changed);
    }

    [Theory]
    [InlineData("RYADH", "RIYADH", FixSafety.Safe)]
    [InlineData("ANJING", "NANJING", FixSafety.Unsafe)]
    [InlineData("ARACAS", "CARACAS", FixSafety.Unsafe)]
    public void A_dateline_city_is_fixed_for_certain_only_when_one_known_place_is_clearly_nearest(string city, string suggestion, FixSafety safety)
    {
        // RIYADH is the only city one letter from RYADH; NANJING and ANQING are both one letter from ANJING, and neither
        // is ten times the other; ARACAS is a real place, which only the writer can say is not meant.
        var text = $"Talks Resume\n\n{city} (AP) — Officials met on Tuesday.\n";
        var finding = Assert.Single(BuiltInRules.Lint(text), d => d.RuleId == "ED1001");
        Assert.Equal($"Replace {city} with {suggestion}", finding.Fixes[0].Description);
        Assert.Equal(safety, finding.Fixes[0].Safety);
    }

    [Theory]
    [InlineData("ED2006", "The council met on Tuesday.  It voted on the plan.", FixSafety.Safe)]
    [InlineData("ED2006", "Average spot price --  9.98", FixSafety.Unsafe)]
    [InlineData("ED2004", "The bloc—unusually—stayed quiet. Trump — despite the tariff — held firm. The allies—all of them—agreed.", FixSafety.Safe)]
    [InlineData("ED2004", "The bloc—unusually—stayed quiet. Trump — despite the tariff — held firm.", FixSafety.Unsafe)]
    [InlineData("ED2003", "“It’s done,” she said. “We’re ready,” he said. “It's over,” they said.", FixSafety.Safe)]
    [InlineData("ED2003", "“It’s done,” she said. “We’re ready,” he said. “It's over,” they said. “That's all,” I said. “Can't stop,” we said.", FixSafety.Unsafe)]
    public void A_style_fix_is_certain_only_when_the_article_s_style_is(string rule, string paragraph, FixSafety safety)
    {
        // A double space between words is a slip, before a figure it may line up a column; a dash or quotation style
        // settled by a tie or a bare majority (three apostrophes against two) leaves which mark is the slip open.
        var findings = BuiltInRules.Lint($"Talks Resume\n\n{paragraph}\n").Where(d => d.RuleId == rule).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(safety, f.Fixes[0].Safety));
    }
}

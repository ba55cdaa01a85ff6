using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;
using Lint.Text;

namespace Lint.Fuzz.Tests;

/// <summary>The checks every target makes catch what they are meant to: a property that cannot fail proves nothing.</summary>
public sealed class InvariantsTests
{
    private static readonly SourceText Source = new("Headline\n\nThe council met.\n", "a.txt");

    private static LintDiagnostic Finding(string id, int start, int length) =>
        new(id, Severity.Warning, "message", new TextSpan(start, length), Source.GetLineSpan(new TextSpan(Math.Max(0, start), Math.Max(0, Math.Min(length, Source.Length - start)))));

    [Fact]
    public void Findings_of_the_built_in_pack_on_a_real_article_keep_every_invariant()
    {
        var found = new Linter(RulesFolder.Shared.Catalog).Lint(new SourceText(Probe.PlainText, "probe.txt"), ParserTarget.EveryRuleOn());
        Assert.NotEmpty(found);
        Invariants.Check(new SourceText(Probe.PlainText, "probe.txt"), found);
    }

    [Fact]
    public void A_check_failure_is_a_failure() =>
        Assert.Throws<InvariantException>(() => Invariants.Check(Source, [Finding(EngineRules.CheckFailed.Id, 0, 0)]));

    [Fact]
    public void A_span_past_the_end_is_a_failure() =>
        Assert.Throws<InvariantException>(() => Invariants.Check(Source, [Finding("ED2002", Source.Length - 2, 5)]));

    [Fact]
    public void A_position_that_disagrees_with_the_span_is_a_failure()
    {
        var wrong = Finding("ED2002", 10, 3) with { Location = new LinePositionSpan(new LinePosition(1, 1), new LinePosition(1, 4)) };
        Assert.Throws<InvariantException>(() => Invariants.Check(Source, [wrong]));
    }

    [Fact]
    public void Findings_out_of_order_are_a_failure() =>
        Assert.Throws<InvariantException>(() => Invariants.Check(Source, [Finding("ED2002", 10, 3), Finding("ED2001", 0, 3)]));

    [Fact]
    public void A_fix_outside_the_text_is_a_failure()
    {
        var fixedWrong = Finding("ED2002", 10, 3) with { Fixes = [new Fix("x", [new Replacement(new TextSpan(Source.Length, 1), ".")])] };
        Assert.Throws<InvariantException>(() => Invariants.Check(Source, [fixedWrong]));
    }

    [Fact]
    public void The_self_test_target_fails_on_its_planted_input_only()
    {
        SelfTestTarget.Run("Lint");
        Assert.Throws<InvariantException>(() => SelfTestTarget.Run("Li#nt"));
    }
}

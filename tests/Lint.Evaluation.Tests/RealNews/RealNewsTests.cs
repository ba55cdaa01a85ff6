using System.Globalization;
using System.Text;
using Lint.Rules;
using Lint.Testing;
using Xunit.Abstractions;

namespace Lint.Evaluation.Tests.RealNews;

/// <summary>
/// The ecosystem check for news, in the spirit of ruff's: the built-in pack over the real published articles of
/// ../shared/corpus, every finding beside a reader's verdict in tests/realnews/verdicts.tsv. A finding without a
/// verdict, or a right finding that no longer appears, fails the build, so every change to precision or recall is
/// seen in review as a diff of that file; the targets of the precision issue are held here too.
/// <c>bench/realnews.sh</c> runs these tests and prints the report.
/// </summary>
[Trait("Category", "RealNews")]
public sealed class RealNewsTests(ITestOutputHelper output)
{
    /// <summary>What a rule at warning or error must reach; the core rules, what <see cref="CorePrecision"/> says.</summary>
    public const double Precision = 0.9;

    /// <summary>The bar of the four core rules.</summary>
    public const double CorePrecision = 0.95;

    /// <summary>The most wrong warnings and errors an article of any family may average.</summary>
    public const double WrongPerArticle = 0.2;

    /// <summary>The rules a newsroom cannot do without, held to <see cref="CorePrecision"/>.</summary>
    public static readonly IReadOnlyList<string> CoreRules = ["ED1001", "ED2001", "ED2002", "ED3001"];

    /// <summary>Judged findings a rule needs before its declared precision level is held to the measurement.</summary>
    public const int JudgedForLevel = 5;

    private static string VerdictPath => Repository.PathOf("tests", "realnews", "verdicts.tsv");

    private static readonly Lazy<(Dictionary<VerdictKey, Verdict> Verdicts, List<string> Errors)> VerdictsValue = new(() =>
    {
        var errors = new List<string>();
        return (VerdictFile.Read(VerdictPath, errors), errors);
    });

    private static Dictionary<VerdictKey, Verdict> Verdicts => VerdictsValue.Value.Verdicts;

    [SharedFact]
    public void Every_finding_has_a_verdict_and_no_right_finding_disappears()
    {
        var run = RealNewsCorpus.Result;
        var report = RealNewsReport.Write(run, Verdicts);
        var received = VerdictFile.Write(run.Findings, Verdicts);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "realnews-report.txt"), report);
        File.WriteAllText(Repository.PathOf("tests", "realnews", "verdicts.received.tsv"), received);

        var failures = new List<string>(VerdictsValue.Value.Errors);
        var found = run.Findings.Select(f => f.Key).ToHashSet();
        var unjudged = run.Findings.Where(f => !Verdicts.ContainsKey(f.Key)).ToList();
        if (unjudged.Count > 0)
        {
            failures.Add($"{unjudged.Count} finding(s) have no verdict: read each in its text and add a line to tests/realnews/verdicts.tsv "
                + "(tests/realnews/verdicts.received.tsv has them with '?'):");
            failures.AddRange(unjudged.Select(f => $"  {f.Key} {f.Severity.ToName()}: {f.Message}\n      {f.Context}"));
        }

        var lost = Verdicts.Values.Where(v => v.IsTrue && !found.Contains(v.Key)).OrderBy(v => v.Key).ToList();
        if (lost.Count > 0)
        {
            failures.Add($"{lost.Count} right finding(s) are no longer reported (recall lost; if the text moved, move the verdict):");
            failures.AddRange(lost.Select(v => $"  {v.Key}: {v.Why}"));
        }

        var stale = Verdicts.Values.Where(v => !v.IsTrue && !found.Contains(v.Key)).OrderBy(v => v.Key).ToList();
        if (stale.Count > 0)
        {
            failures.Add($"{stale.Count} verdict(s) on findings that are gone: delete their lines (verdicts.received.tsv has the file without them):");
            failures.AddRange(stale.Select(v => $"  {v.Key} {v.Value}: {v.Why}"));
        }

        output.WriteLine(report.Substring(0, report.IndexOf("\nEvery finding", StringComparison.Ordinal)));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SharedFact]
    public void Rules_at_warning_or_error_are_right_nine_times_in_ten()
    {
        var failures = new List<string>();
        foreach (var rule in BuiltInRules.Catalog.Rules.Where(r => r.Descriptor.DefaultSeverity >= Severity.Warning))
        {
            var tally = Tally.Of(RealNewsCorpus.Result.Findings.Where(f => f.RuleId == rule.Id), Verdicts);
            var bar = CoreRules.Contains(rule.Id) ? CorePrecision : Precision;
            if (tally.Precision is { } p && p < bar)
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{rule.Id} ({rule.Descriptor.DefaultSeverity.ToName()}): precision {p:0.000} < {bar} ({tally.True} right, {tally.False} wrong)"));
        }

        Assert.True(failures.Count == 0, "A rule below the bar gets better or goes down to suggestion, its page saying why:\n" + string.Join("\n", failures));
    }

    [SharedFact]
    public void Wrong_warnings_and_errors_stay_under_a_fifth_per_article_in_every_family()
    {
        var failures = new List<string>();
        foreach (var (family, articles) in RealNewsCorpus.Result.Articles)
        {
            var tally = Tally.Of(RealNewsCorpus.Result.Findings.Where(f => f.Family == family && f.IsWarningOrError), Verdicts);
            var rate = (double)tally.False / articles;
            if (rate > WrongPerArticle)
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{family}: {tally.False} wrong in {articles} articles = {rate:0.000} per article > {WrongPerArticle}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SharedFact]
    public void Every_rule_declares_the_precision_it_measures()
    {
        var failures = new List<string>();
        foreach (var rule in BuiltInRules.Catalog.Rules)
        {
            var tally = Tally.Of(RealNewsCorpus.Result.Findings.Where(f => f.RuleId == rule.Id), Verdicts);
            if (tally.True + tally.False < JudgedForLevel || tally.Precision is not { } p) continue;
            var level = LevelOf(p);
            if (rule.Descriptor.Precision != level)
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{rule.Descriptor.Source}: 'precision: {rule.Descriptor.Precision}' but it measures {p:0.000}: write 'precision: {level}'"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SharedFact]
    public void Every_rule_page_states_its_measured_precision()
    {
        var failures = new List<string>();
        foreach (var rule in BuiltInRules.Catalog.Rules)
        {
            var page = File.ReadAllText(Repository.PathOf("docs", "rules", rule.Id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
            var expected = MeasuredSection(rule.Id);
            if (!page.Contains(expected, StringComparison.Ordinal))
                failures.Add($"docs/rules/{rule.Id}.md needs, under its examples:\n{expected}");
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>SARIF's precision words: very-high from 0.95, high from 0.9, medium from 0.7, else low.</summary>
    public static string LevelOf(double precision) => precision switch
    {
        >= 0.95 => "very-high",
        >= 0.9 => "high",
        >= 0.7 => "medium",
        _ => "low",
    };

    /// <summary>The section a rule page carries with the figures the ecosystem check measures for the rule.</summary>
    public static string MeasuredSection(string ruleId)
    {
        var run = RealNewsCorpus.Result;
        var mine = run.Findings.Where(f => f.RuleId == ruleId).ToList();
        var tally = Tally.Of(mine, Verdicts);
        var articles = run.Articles.Values.Sum();
        var sb = new StringBuilder("## Measured precision\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"On the {articles} real published articles of `../shared/corpus/` (plain text, Markdown and HTML; see [the ecosystem check](../realnews.md)), ");
        if (tally.Findings == 0)
        {
            sb.Append("the rule reports nothing.\n");
            return sb.ToString();
        }

        sb.Append(CultureInfo.InvariantCulture, $"the rule reports {tally.Findings} finding{(tally.Findings == 1 ? string.Empty : "s")}: {tally.True} right, {tally.False} wrong, {tally.Debatable} debatable");
        sb.Append(tally.Precision is { } p ? string.Create(CultureInfo.InvariantCulture, $"; precision {p:0.00}.\n") : ".\n");
        return sb.ToString();
    }
}

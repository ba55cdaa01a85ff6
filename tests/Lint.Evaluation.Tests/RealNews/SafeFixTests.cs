using Lint.Articles;
using Lint.Diagnostics;
using Lint.Fixing;
using Lint.Testing;
using Lint.Text;
using Xunit.Abstractions;

namespace Lint.Evaluation.Tests.RealNews;

/// <summary>
/// The fixes <c>lint fix</c> makes without being asked (<see cref="FixSafety.Safe"/>), measured on the real published
/// articles of ../shared/corpus against the verdicts on their findings: a safe fix on a finding a reader judged wrong
/// is a change a copy editor would undo.
/// </summary>
[Trait("Category", "RealNews")]
public sealed class SafeFixTests(ITestOutputHelper output)
{
    /// <summary>The most safe fixes, in a hundred, that may sit on findings judged wrong.</summary>
    public const double WrongSafeFixes = 0.01;

    [SharedFact]
    public void Safe_fixes_sit_on_right_findings_and_fixing_every_article_settles_without_new_findings()
    {
        var errors = new List<string>();
        var verdicts = VerdictFile.Read(Repository.PathOf("tests", "realnews", "verdicts.tsv"), errors);
        Assert.Empty(errors);
        var linter = new Linter(BuiltInRules.Catalog);
        var configuration = BuiltInRules.EveryRuleOn(BuiltInRules.Catalog, RealNewsCorpus.ReferenceDate);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var articles = 0;
        foreach (var path in Directory.EnumerateDirectories(RealNewsCorpus.Root).SelectMany(Directory.EnumerateFiles).Where(RealNewsCorpus.IsArticle).Order(StringComparer.Ordinal))
        {
            articles++;
            var name = Path.GetRelativePath(RealNewsCorpus.Root, path).Replace('\\', '/');
            var source = new SourceText(File.ReadAllText(path), name);
            var format = ArticleParser.FormatFromPath(path);
            var before = linter.Lint(source, configuration, format);
            foreach (var finding in before.Where(d => d.Suppression is null && d.Fixes.Count > 0 && d.Fixes[0].Safety == FixSafety.Safe))
            {
                var verdict = verdicts.TryGetValue(new VerdictKey(name, finding.Location.Start.Line, finding.Location.Start.Column, finding.RuleId), out var v) ? v.Value : "none";
                counts[verdict] = (counts.TryGetValue(verdict, out var n) ? n : 0) + 1;
                if (verdict == "false") problems.Add($"{name}({finding.Location.Start.Line},{finding.Location.Start.Column}) {finding.RuleId}: {finding.Fixes[0].Description} on a finding judged wrong");
            }

            var result = Fixer.Run(linter, source, configuration, new FixOptions(), format);
            if (result.End != FixEnd.Settled) problems.Add($"{name}: fixing ended with {result.End}");

            // A fix that makes a rule find more than before made the article worse somewhere.
            foreach (var rule in result.Remaining.GroupBy(d => d.RuleId, StringComparer.Ordinal))
            {
                var had = before.Count(d => d.RuleId == rule.Key);
                if (rule.Count() > had) problems.Add($"{name}: {rule.Key} finds {rule.Count()} after fixing, {had} before");
            }
        }

        var total = counts.Values.Sum();
        output.WriteLine($"{articles} articles; {total} safe fixes: " + string.Join(", ", counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}")));
        foreach (var problem in problems) output.WriteLine(problem);
        Assert.True(total > 300, $"{total} safe fixes");
        Assert.False(counts.ContainsKey("none"), "a finding with a safe fix has no verdict");
        Assert.True(counts.GetValueOrDefault("false") <= total * WrongSafeFixes, string.Join("\n", problems));
        Assert.DoesNotContain(problems, p => !p.EndsWith("judged wrong", StringComparison.Ordinal));
    }
}

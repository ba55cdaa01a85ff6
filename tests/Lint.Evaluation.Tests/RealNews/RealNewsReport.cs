using System.Globalization;
using System.Text;
using Lint.Rules;
using Lint.Testing;

namespace Lint.Evaluation.Tests.RealNews;

/// <summary>
/// The ecosystem check's report: precision per rule and false findings per article per family, then every finding with
/// the flagged words and its verdict, as <c>bench/realnews.sh</c> prints it.
/// </summary>
public static class RealNewsReport
{
    /// <summary>The whole report.</summary>
    public static string Write(RealNewsRun run, IReadOnlyDictionary<VerdictKey, Verdict> verdicts)
    {
        var sb = new StringBuilder();
        var articles = run.Articles.Values.Sum();
        sb.Append(CultureInfo.InvariantCulture, $"Lint on real published news: {articles} articles of ../shared/corpus in {run.Articles.Count} families (plain text, Markdown and HTML), as of {RealNewsCorpus.ReferenceDate}.\n");
        sb.Append("Verdicts: tests/realnews/verdicts.tsv. Precision = right / (right + wrong); debatable findings count for neither.\n\n");

        sb.Append("Warning and error findings per family\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"family",-34} {"articles",8} {"findings",8} {"right",6} {"wrong",6} {"debat.",6} {"unjudged",8} {"wrong/art.",10} {"precision",9}\n");
        foreach (var (family, count) in run.Articles)
        {
            var tally = Tally.Of(run.Findings.Where(f => f.Family == family && f.IsWarningOrError), verdicts);
            sb.Append(CultureInfo.InvariantCulture,
                $"{family,-34} {count,8} {tally.Findings,8} {tally.True,6} {tally.False,6} {tally.Debatable,6} {tally.Unjudged,8} {(double)tally.False / count,10:0.000} {tally.PrecisionText,9}\n");
        }

        var total = Tally.Of(run.Findings.Where(f => f.IsWarningOrError), verdicts);
        sb.Append(CultureInfo.InvariantCulture,
            $"{"all",-34} {articles,8} {total.Findings,8} {total.True,6} {total.False,6} {total.Debatable,6} {total.Unjudged,8} {(double)total.False / articles,10:0.000} {total.PrecisionText,9}\n\n");

        sb.Append("Every rule, at its default severity (findings of all families; \"off\": shipped switched off, measured as if on)\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"rule",-7} {"severity",-10} {"findings",8} {"right",6} {"wrong",6} {"debat.",6} {"unjudged",8} {"precision",9}  by family (findings/wrong)\n");
        foreach (var rule in BuiltInRules.Catalog.Rules)
        {
            var mine = run.Findings.Where(f => f.RuleId == rule.Id).ToList();
            var tally = Tally.Of(mine, verdicts);
            var byFamily = string.Join(", ", run.Articles.Keys
                .Select(family => (family, tally: Tally.Of(mine.Where(f => f.Family == family), verdicts)))
                .Where(x => x.tally.Findings > 0)
                .Select(x => $"{x.family} {x.tally.Findings}/{x.tally.False}"));
            sb.Append(CultureInfo.InvariantCulture,
                $"{rule.Id,-7} {(rule.Descriptor.EnabledByDefault ? string.Empty : "off ") + rule.Descriptor.DefaultSeverity.ToName(),-10} {tally.Findings,8} {tally.True,6} {tally.False,6} {tally.Debatable,6} {tally.Unjudged,8} {tally.PrecisionText,9}  {byFamily}\n");
        }

        sb.Append("\nEvery finding: [verdict] file(line,column) rule severity: message, then the verdict's why and the text ([[flagged]])\n");
        foreach (var finding in run.Findings)
        {
            var verdict = verdicts.TryGetValue(finding.Key, out var v) ? v : null;
            sb.Append(CultureInfo.InvariantCulture, $"[{verdict?.Value ?? "?"}] {finding.File}({finding.Line},{finding.Column}) {finding.RuleId} {finding.Severity.ToName()}: {finding.Message}\n");
            if (verdict is not null) sb.Append("      why: ").Append(verdict.Why).Append('\n');
            sb.Append("      text: ").Append(finding.Context).Append('\n');
        }

        return sb.ToString();
    }
}

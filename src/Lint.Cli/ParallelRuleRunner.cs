using System.Collections.Concurrent;
using Lint.Articles;
using Lint.Loading;
using Lint.Rules;

namespace Lint.Cli;

/// <summary>
/// Runs a very long article's rules on several threads: a single huge file (a book, an archive dump) would otherwise
/// keep one core busy while the others wait. Shorter articles run their rules one after another, since the files of
/// a run already keep the cores busy. The findings are the same either way.
/// </summary>
/// <param name="maxDegreeOfParallelism">The most rules that run at once.</param>
public sealed class ParallelRuleRunner(int maxDegreeOfParallelism) : IRuleRunner
{
    /// <summary>From this length (in characters) an article's rules run in parallel.</summary>
    public const int ParallelRulesFrom = 1 << 18;

    /// <inheritdoc />
    public void RunAll(Article article, IReadOnlyList<Rule> rules, Action<int> run)
    {
        if (article is null) throw new ArgumentNullException(nameof(article));
        if (rules is null) throw new ArgumentNullException(nameof(rules));
        if (run is null) throw new ArgumentNullException(nameof(run));
        if (maxDegreeOfParallelism <= 1 || article.Source.Length < ParallelRulesFrom)
        {
            for (var i = 0; i < rules.Count; i++) run(i);
            return;
        }

        // One rule at a time to whichever worker is free, the costliest kinds first, so that no worker is left with a
        // long one at the end while the others wait.
        var order = Enumerable.Range(0, rules.Count).OrderByDescending(i => rules[i].Kind?.Cost ?? CheckCost.Light).ToArray();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, run);
    }
}

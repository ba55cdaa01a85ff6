using Lint.Articles;
using Lint.Rules;

namespace Lint;

/// <summary>
/// How a <see cref="Linter"/> runs the rules of one article, when the host wants a say: the core never starts a
/// thread, so a host that may use several (the lint tool, on a very long article) passes a runner that does. Without
/// one the rules run one after another on the calling thread. The findings are the same either way.
/// </summary>
public interface IRuleRunner
{
    /// <summary>
    /// Calls <paramref name="run"/> once for each index of <paramref name="rules"/> and returns when every call has
    /// returned. The calls may come in any order and at the same time: each writes only its own rule's findings.
    /// </summary>
    void RunAll(Article article, IReadOnlyList<Rule> rules, Action<int> run);
}

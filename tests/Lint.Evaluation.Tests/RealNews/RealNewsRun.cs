namespace Lint.Evaluation.Tests.RealNews;

/// <summary>What one pass over the corpus found: the number of articles of each family and every finding, in file order.</summary>
public sealed record RealNewsRun(IReadOnlyDictionary<string, int> Articles, IReadOnlyList<RealNewsFinding> Findings);

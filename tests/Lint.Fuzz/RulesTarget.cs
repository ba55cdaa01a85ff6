using Lint.Articles;
using Lint.Loading;
using Lint.Rules;
using Lint.Text;

namespace Lint.Fuzz;

/// <summary>
/// <c>rules</c>: the input is a rule file. Loading it must never throw (a mistake is an ED0xxx error at a place in
/// the file); the rules that load are run over the probe articles and over their own examples, and keep
/// <see cref="Invariants"/>.
/// </summary>
public static class RulesTarget
{
    /// <summary>Runs one input.</summary>
    public static void Run(string text)
    {
        var catalog = RulePackLoader.Load([new RuleFile("fuzz/fuzz.yaml", text)], RulesFolder.Shared);
        Invariants.CheckLoadErrors(catalog);
        if (catalog.Rules.Count == 0) return;

        var linter = new Linter(catalog);
        var configuration = new Lint.Configuration.LintConfiguration(ParserTarget.AsOf)
        {
            Severities = catalog.Rules.ToDictionary(r => r.Id, r => r.Descriptor.DefaultSeverity, StringComparer.OrdinalIgnoreCase),
        };
        foreach (var (probe, format) in new[] { (Probe.PlainText, ArticleFormat.PlainText), (Probe.Markdown, ArticleFormat.Markdown), (text, ArticleFormat.PlainText) })
        {
            var source = new SourceText(probe, "probe");
            Invariants.Check(source, linter.Lint(source, configuration, format));
        }

        foreach (var rule in catalog.Rules)
        {
            foreach (var outcome in RuleExampleRunner.Run(rule))
            {
                if (outcome.Failure.Contains(EngineRules.CheckFailed.Id, StringComparison.Ordinal))
                    throw new InvariantException($"an example of {rule.Id} failed with a check failure: {outcome.Failure}");
            }
        }
    }
}

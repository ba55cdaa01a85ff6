using Lint.Articles;
using Lint.Configuration;
using Lint.Text;

namespace Lint.Fuzz;

/// <summary>
/// <c>parser</c>: the input is an article, parsed and linted with the built-in pack as plain text, as Markdown and as HTML.
/// Nothing may throw, and every finding keeps <see cref="Invariants"/>.
/// </summary>
public static class ParserTarget
{
    /// <summary>The reference date of every fuzzed run.</summary>
    public static readonly ReferenceDate AsOf = new(2026, 11, 22);

    /// <summary>Runs one input.</summary>
    public static void Run(string text)
    {
        var linter = new Linter(RulesFolder.Shared.Catalog);
        var configuration = EveryRuleOn();
        foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown, ArticleFormat.Html })
        {
            var source = new SourceText(text, format switch { ArticleFormat.Markdown => "fuzz.md", ArticleFormat.Html => "fuzz.html", _ => "fuzz.txt" });
            Article article;
            try
            {
                article = ArticleParser.Parse(source, format);
            }
            catch (ArticleParseException) when (format == ArticleFormat.Markdown)
            {
                // Markdown nested beyond the parser's limit: the one documented refusal, which the linter turns into a
                // single ED0013 for the file (and nothing else is lost: the run goes on).
                var findings = linter.Lint(source, configuration, format);
                if (findings.Count != 1 || findings[0].RuleId != Loading.EngineRules.CheckFailed.Id || !findings[0].Message.StartsWith("the article could not be parsed", StringComparison.Ordinal))
                    throw new InvariantException("an article the parser refused did not give exactly one ED0013");
                continue;
            }

            Invariants.Check(source, linter.Lint(article, configuration));
        }
    }

    private static LintConfiguration? _everyRuleOn;

    /// <summary>The built-in rules, those shipped switched off included, at their declared severity.</summary>
    public static LintConfiguration EveryRuleOn() => _everyRuleOn ??= new LintConfiguration(AsOf)
    {
        Severities = RulesFolder.Shared.Catalog.Rules.Where(r => !r.Descriptor.EnabledByDefault)
            .ToDictionary(r => r.Id, r => r.Descriptor.DefaultSeverity, StringComparer.OrdinalIgnoreCase),
    };
}

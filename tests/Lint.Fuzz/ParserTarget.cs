using Lint.Articles;
using Lint.Configuration;
using Lint.Text;

namespace Lint.Fuzz;

/// <summary>
/// <c>parser</c>: the input is an article, parsed and linted with the built-in pack as plain text and as Markdown.
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
        foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown })
        {
            var source = new SourceText(text, format == ArticleFormat.Markdown ? "fuzz.md" : "fuzz.txt");
            var article = ArticleParser.Parse(source, format);
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

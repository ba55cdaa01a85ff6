using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Fixing;
using Lint.Loading;
using Lint.Text;

namespace Lint.Rules;

/// <summary>
/// Runs a rule's own examples: a flag example must produce exactly the marked spans for that rule (and, when it
/// states <c>fixed</c>, the fixes must turn it into that text); a pass example must produce nothing. A one-line
/// example is a passage of body text; an example with line breaks is a whole article.
/// </summary>
public static class RuleExampleRunner
{
    /// <summary>The reference date examples use when the rule file gives none.</summary>
    public static readonly ReferenceDate DefaultAsOf = new(2026, 1, 15);

    /// <summary>One example's outcome; <see cref="Failure"/> is empty when it passed.</summary>
    public sealed record Outcome(Rule Rule, RuleExample Example, string Failure)
    {
        /// <summary>Whether the example behaved as stated.</summary>
        public bool Passed => Failure.Length == 0;
    }

    /// <summary>Runs every example of <paramref name="rule"/>.</summary>
    public static IReadOnlyList<Outcome> Run(Rule rule) => [.. rule.Examples.Select(e => Run(rule, e))];

    /// <summary>Runs one example.</summary>
    public static Outcome Run(Rule rule, RuleExample example)
    {
        (string Text, IReadOnlyList<TextSpan> Spans) parsed;
        try
        {
            parsed = SpanMarkup.Parse(example.Text);
        }
        catch (FormatException ex)
        {
            return new Outcome(rule, example, "bad [|…|] markup: " + ex.Message);
        }

        var source = new SourceText(parsed.Text, rule.Descriptor.Source);
        var fragment = parsed.Text.IndexOf('\n') < 0;
        // A rule shipped switched off is run all the same: its examples say what it does once switched on.
        var configuration = new LintConfiguration(rule.ExamplesAsOf ?? DefaultAsOf)
        {
            Severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase) { [rule.Id] = rule.Descriptor.DefaultSeverity },
        };
        var linter = new Linter(new RuleCatalog([rule], []));
        IReadOnlyList<LintDiagnostic> LintText(SourceText text) =>
            [.. linter.Lint(ArticleParser.Parse(text, example.Format, fragment), configuration).Where(d => d.RuleId == rule.Id)];
        var diagnostics = LintText(source);

        var actual = diagnostics.Select(d => d.Span).OrderBy(s => s.Start).ToList();
        if (!example.ShouldFlag)
        {
            return diagnostics.Count == 0
                ? new Outcome(rule, example, string.Empty)
                : new Outcome(rule, example, $"expected no finding, got: {Describe(parsed.Text, diagnostics)}");
        }

        if (parsed.Spans.Count == 0 && diagnostics.Count == 0)
            return new Outcome(rule, example, "expected a finding, got none");
        if (parsed.Spans.Count > 0 && !parsed.Spans.OrderBy(s => s.Start).SequenceEqual(actual))
        {
            return new Outcome(rule, example, diagnostics.Count == 0
                ? "expected a finding, got none"
                : $"expected {SpanMarkup.Mark(parsed.Text, parsed.Spans)}, got {Describe(parsed.Text, diagnostics)}");
        }

        if (example.Fixed is { } expectedFix)
        {
            if (!diagnostics.Any(d => d.Fixes.Count > 0)) return new Outcome(rule, example, "expected a fix, the finding offers none");

            // Through the fixer lint fix uses, every fix taken whether safe or not: the example states what the fix does.
            var fixedText = Fixer.Run(source, LintText, new FixOptions { Unsafe = true }).Text;
            if (!string.Equals(fixedText, expectedFix, StringComparison.Ordinal))
                return new Outcome(rule, example, $"fixed text is \"{fixedText}\", expected \"{expectedFix}\"");
        }

        return new Outcome(rule, example, string.Empty);
    }

    private static string Describe(string text, IReadOnlyList<LintDiagnostic> diagnostics) =>
        SpanMarkup.Mark(text, diagnostics.Select(d => d.Span)) + " (" + string.Join("; ", diagnostics.Select(d => d.Message)) + ")";
}

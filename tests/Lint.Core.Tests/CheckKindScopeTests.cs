using Lint.Articles;
using Lint.Configuration;
using Lint.Loading;
using Lint.Rules;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>Scopes that split segments (sentence, quotation, outside-quotation, raw) and negation, through a real check.</summary>
public sealed class CheckKindScopeTests
{
    private static Rule Rule(string scope, string check = "kind: existence\n  tokens: [cool]")
    {
        var yaml = "id: HS4001\nname: test-rule\ntitle: Test\nmessage: \"{match}\"\nseverity: warning\nscope: " + scope + "\ncheck:\n  " + check + "\n";
        var catalog = RulePackLoader.Load([new RuleFile("t.yaml", yaml)], RuleData.None);
        Assert.Empty(catalog.Errors.Select(e => e.Diagnostic.Message));
        return Assert.Single(catalog.Rules);
    }

    private static void Flags(Rule rule, string marked)
    {
        var (text, spans) = SpanMarkup.Parse(marked);
        var article = ArticleParser.Parse(new SourceText(text, "a.txt"), ArticleFormat.PlainText, fragment: text.IndexOf('\n') < 0);
        var found = new Linter(new RuleCatalog([rule], [])).Lint(article, new LintConfiguration(new ReferenceDate(2026, 1, 15)));
        Assert.Equal(SpanMarkup.Mark(text, spans), SpanMarkup.Mark(text, found.Select(d => d.Span)));
    }

    [Fact]
    public void Quotation_reads_only_the_speakers_words()
    {
        var rule = Rule("quotation");
        Flags(rule, "It was cool, she said: “Very [|cool|] indeed.”");
    }

    [Fact]
    public void Outside_quotation_reads_only_the_reporters_prose()
    {
        Flags(Rule("outside-quotation"), "It was [|cool|], she said: “Very cool indeed.”");
        Flags(Rule("[paragraph, '!quotation']"), "It was [|cool|], she said: “Very cool indeed.”");
    }

    [Fact]
    public void Negation_removes_segments_in_both_spellings()
    {
        const string text = "Cool cool headline\n\nBy Jane Doe\n\nThe weather was [|cool|] on Tuesday, officials said.\n";
        Flags(Rule("{not: [headline, byline]}"), text);
        Flags(Rule("['!headline']"), text);
    }

    [Fact]
    public void Raw_reads_the_whole_text()
    {
        Flags(Rule("raw"), "Some [|cool|] text.");
    }

    [Fact]
    public void Sentence_scope_gives_each_sentence_to_the_check()
    {
        // At most one "and" per sentence: the second sentence has two.
        var rule = Rule("sentence", "kind: occurrence\n  tokens: [and]\n  max: 1");
        Flags(rule, "Mr. Smith met Dr. Jones in the U.S. capital and talked. Then they ate and drank [|and|] left.");
    }

    [Fact]
    public void An_unknown_or_unnegatable_scope_is_an_error()
    {
        foreach (var scope in new[] { "[sidebar]", "['!sentence']" })
        {
            var yaml = "id: HS4001\nname: t\ntitle: T\nmessage: x\nseverity: warning\nscope: " + scope + "\ncheck:\n  kind: existence\n  tokens: [a]\n";
            var errors = RulePackLoader.Load([new RuleFile("t.yaml", yaml)], RuleData.None).Errors;
            Assert.Contains(errors, e => e.Diagnostic.RuleId == "ED0004" && e.Diagnostic.Message.Contains("unknown scope", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital. They talked.", 2)]
    [InlineData("John F. Kennedy spoke. “Go!” she said. He left.", 3)]
    [InlineData("Shares of Apple Inc. The company fell. Prices rose 3.5 percent.", 3)]
    [InlineData("It rose in the U.S. The rest fell at 9 a.m. Monday.", 2)]
    public void Sentences_respect_abbreviations_and_initials(string text, int count)
    {
        Assert.Equal(count, SentenceSplitter.Split(text).Count);
    }
}

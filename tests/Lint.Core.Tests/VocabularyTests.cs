using Lint.Configuration;
using Lint.Loading;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>A pack's shared vocabulary: accepted terms are left alone by every rule that has exceptions; rejected terms are flagged.</summary>
public sealed class VocabularyTests
{
    private static IReadOnlyList<string> Lint(string text, Dictionary<string, string> data, params string[] rules)
    {
        var catalog = RulePackLoader.Load(rules.Select((r, i) => new RuleFile($"house/HS{i}.yaml", r)), new RuleData(data));
        Assert.Empty(catalog.Errors.Select(e => e.Diagnostic.Message));
        return [.. new Linter(catalog).Lint(new SourceText(text, "a.txt"), new LintConfiguration(new ReferenceDate(2026, 11, 22)))
            .Select(d => d.RuleId + " " + text.Substring(d.Span.Start, d.Span.Length))];
    }

    private const string Banned = "id: HS1001\nname: banned-terms\ntitle: Banned term\nmessage: \"Avoid {match}\"\nseverity: warning\ncheck:\n  kind: vocabulary\n";
    private const string Hype = "id: HS1002\nname: hype\ntitle: Hype\nmessage: \"Hype: {match}\"\nseverity: warning\ncheck:\n  kind: existence\n  patterns: ['\\b[A-Z][a-z]+[A-Z]\\w*\\b']\n";

    [Fact]
    public void Rejected_terms_are_flagged_and_accepted_terms_are_exceptions_everywhere()
    {
        var data = new Dictionary<string, string>
        {
            [Vocabulary.RejectPath] = "# banned\nnormalcy\nwalkback\n",
            [Vocabulary.AcceptPath] = "YouTube\n",
        };
        const string text = "Headline Here\n\nThe return to normalcy was slow, and the Walkback went viral on YouTube and PayPal.\n";
        Assert.Equal(["HS1001 normalcy", "HS1001 Walkback", "HS1002 PayPal"], Lint(text, data, Banned, Hype));
    }

    [Fact]
    public void A_vocabulary_rule_without_a_reject_list_is_an_error()
    {
        var catalog = RulePackLoader.Load([new RuleFile("house/HS1.yaml", Banned)], RuleData.None);
        var error = Assert.Single(catalog.Errors);
        Assert.Contains("vocabulary/reject.txt", error.Diagnostic.Message, StringComparison.Ordinal);
    }
}

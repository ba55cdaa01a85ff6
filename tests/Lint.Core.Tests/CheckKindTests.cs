using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>Each check kind in both directions, written as text with [|…|] marking what must be flagged.</summary>
public sealed class CheckKindTests
{
    private static Rule Rule(string check, string message = "{match}", string? scope = null)
    {
        var yaml = "id: HS4001\nname: test-rule\ntitle: Test\nmessage: \"" + message + "\"\nseverity: warning\n"
            + (scope is null ? string.Empty : "scope: " + scope + "\n")
            + "check:\n" + string.Join("\n", check.Trim().Split('\n').Select(l => "  " + l.TrimEnd('\r'))) + "\n";
        var catalog = RulePackLoader.Load([new RuleFile("t.yaml", yaml)], RuleData.None);
        Assert.Empty(catalog.Errors.Select(e => e.Diagnostic.Message));
        return Assert.Single(catalog.Rules);
    }

    private static IReadOnlyList<LintDiagnostic> Run(Rule rule, string text)
    {
        var article = ArticleParser.Parse(new SourceText(text, "a.txt"), ArticleFormat.PlainText, fragment: text.IndexOf('\n') < 0);
        return new Linter(new RuleCatalog([rule], [])).Lint(article, new LintConfiguration(new ReferenceDate(2026, 1, 15)));
    }

    /// <summary>Asserts the findings are exactly the marked spans; returns them.</summary>
    private static IReadOnlyList<LintDiagnostic> Flags(Rule rule, string marked)
    {
        var (text, spans) = SpanMarkup.Parse(marked);
        var diagnostics = Run(rule, text);
        Assert.Equal(SpanMarkup.Mark(text, spans), SpanMarkup.Mark(text, diagnostics.Select(d => d.Span)));
        return diagnostics;
    }

    private static string Fixed(string marked, IReadOnlyList<LintDiagnostic> diagnostics) =>
        new Fix("all", [.. diagnostics.SelectMany(d => d.Fixes.Take(1)).SelectMany(f => f.Replacements)]).ApplyTo(SpanMarkup.Parse(marked).Text);

    private static List<string> LoadErrors(string check)
    {
        var yaml = "id: HS4001\nname: test-rule\ntitle: Test\nmessage: \"x\"\nseverity: warning\ncheck:\n"
            + string.Join("\n", check.Trim().Split('\n').Select(l => "  " + l)) + "\n";
        return [.. RulePackLoader.Load([new RuleFile("t.yaml", yaml)], RuleData.None).Errors.Select(e => e.Diagnostic.RuleId + ": " + e.Diagnostic.Message)];
    }

    // substitution

    [Fact]
    public void Substitution_flags_observed_forms_and_fixes_them_in_their_own_case()
    {
        var rule = Rule("kind: substitution\nignorecase: true\nswap:\n  teh: the\n  alot: [a lot, allot]", "Write {expected}, not {match}");
        const string text = "[|Teh|] mayor said [|teh|] plan would cost [|ALOT|].";
        var found = Flags(rule, text);
        Assert.Equal("The mayor said the plan would cost A LOT.", Fixed(text, found));
        Assert.Equal("Write A LOT\" or \"ALLOT, not ALOT", found[2].Message);
        Assert.Equal(2, found[2].Fixes.Count);
        Flags(rule, "The mayor said there is a lot to do; tehran is a typo of nothing.");
    }

    [Fact]
    public void Substitution_with_regex_keys_uses_capture_groups()
    {
        var rule = Rule("kind: substitution\nregex: true\nswap:\n  '(\\d+) per cent': '$1 percent'");
        const string text = "Prices rose [|5 per cent|] in May.";
        Assert.Equal("Prices rose 5 percent in May.", Fixed(text, Flags(rule, text)));
        Flags(rule, "Prices rose 5 percent in May, per center staff.");
    }

    [Fact]
    public void Substitution_errors_are_rule_errors()
    {
        Assert.Contains(LoadErrors("kind: substitution"), e => e.StartsWith("ED0003", StringComparison.Ordinal));
        Assert.Contains(LoadErrors("kind: substitution\nregex: true\nswap:\n  '(?<=x)y': z"), e => e.StartsWith("ED0007", StringComparison.Ordinal));
        Assert.Contains(LoadErrors("kind: substitution\nswap: [a, b]"), e => e.StartsWith("ED0004", StringComparison.Ordinal));
    }

    // occurrence

    [Fact]
    public void Occurrence_flags_the_first_match_over_max_per_segment()
    {
        var rule = Rule("kind: occurrence\ntokens: ['!']\nmax: 1", "{count} exclamation marks; at most {max}");
        var found = Flags(rule, "Wow! Really[|!|] Yes!");
        Assert.Equal("3 exclamation marks; at most 1", found[0].Message);
        Flags(rule, "Wow! Really.");
    }

    [Fact]
    public void Occurrence_with_min_per_article_flags_the_first_segment()
    {
        var rule = Rule("kind: occurrence\ntokens: [said]\nmin: 1\nper: article");
        Flags(rule, "[|The council met on Tuesday.|]");
        Flags(rule, "The council met on Tuesday, the mayor said.");
        Assert.Contains(LoadErrors("kind: occurrence\ntokens: [x]"), e => e.StartsWith("ED0003", StringComparison.Ordinal));
        Assert.Contains(LoadErrors("kind: occurrence\ntokens: [x]\nmin: 3\nmax: 1"), e => e.StartsWith("ED0004", StringComparison.Ordinal));
    }

    // repetition

    [Fact]
    public void Repetition_flags_a_doubled_word_and_deletes_the_second()
    {
        var rule = Rule("kind: repetition\nexceptions: [had]");
        const string text = "He said [|the the|] council met and [|The the|] mayor left.";
        Assert.Equal("He said the council met and The mayor left.", Fixed(text, Flags(rule, text)));
        Flags(rule, "It is. Is it? He had had enough of the, the word.");
    }

    // duplicate-text

    [Fact]
    public void Duplicate_text_tells_apart_paragraphs_that_open_alike_and_names_the_first_copy()
    {
        // Paragraphs are keyed by their opening words; these four share the first 60 characters.
        var rule = Rule("kind: duplicate-text\nmin-words: 8", "{problem} (line {line})");
        const string opening = "The council said on Tuesday that the budget for next year would ";
        var text = string.Join("\n\n",
            "Budget Talks Resume",
            opening + "rise by 4 percent.",
            opening + "fall by 2 percent.",
            opening + "stay the same.",
            "Officials met again later in the week to discuss the plan.",
            opening.ToUpperInvariant() + "FALL   BY 2 percent!",
            opening + "rise by 4 percent.");
        var found = Run(rule, text);
        Assert.Equal(["repeats an earlier paragraph (line 5)", "repeats an earlier paragraph (line 3)"], found.Select(d => d.Message));
        Assert.Equal([11, 13], found.Select(d => d.Location.Start.Line));
    }

    [Fact]
    public void Duplicate_text_flags_a_story_pasted_twice_but_not_a_note_echoed_at_the_end()
    {
        var rule = Rule("kind: duplicate-text\nmin-words: 8", "{problem}");
        var body = Enumerable.Range(1, 14).Select(n => $"Paragraph {n} of the story tells the council's plan for district number {n}.").ToList();
        const string note = "If you want to run the workshop yourself, here are the slides and the notes.";

        // The writer's note at the top and again at the end, far apart, is an echo the writer chose.
        Assert.Empty(Run(rule, string.Join("\n\n", new[] { "Workshop Notes", note }.Concat(body).Append(note))));

        // The same story pasted twice repeats paragraph after paragraph, however long it is.
        var pasted = Run(rule, string.Join("\n\n", new[] { "Council Plan" }.Concat(body).Concat(body)));
        Assert.Equal(body.Count, pasted.Count);
    }

    // consistency

    [Fact]
    public void Consistency_keeps_the_first_form_and_names_both()
    {
        var rule = Rule("kind: consistency\nsets: [[US, U.S.], [percent, per cent]]", "{match} after {first}");
        const string text = "The US economy grew 2 percent while [|U.S.|] wages rose 3 [|per cent|].";
        var found = Flags(rule, text);
        Assert.Equal("U.S. after US", found[0].Message);
        Assert.Equal("The US economy grew 2 percent while US wages rose 3 percent.", Fixed(text, found));
        Flags(rule, "The U.S. economy grew 2 per cent while U.S. wages rose 3 per cent.");
        Assert.Contains(LoadErrors("kind: consistency\nsets: [[US]]"), e => e.StartsWith("ED0004", StringComparison.Ordinal));
    }

    // conditional

    [Fact]
    public void Conditional_flags_an_acronym_used_before_it_is_spelled_out()
    {
        var rule = Rule("kind: conditional\nexceptions: [AP]", "Spell out {match} on first use");
        Flags(rule, "The [|WHO|] said the World Health Organization (WHO) would act; WHO staff agreed.");
        Flags(rule, "PARIS (AP) — The World Health Organization (WHO) said WHO staff would act.");
        Assert.Contains(LoadErrors("kind: conditional\nfirst: '(?=x)'"), e => e.StartsWith("ED0007", StringComparison.Ordinal));
    }

    // capitalization

    [Theory]
    [InlineData("ap", "Senate Passes Bill to Fund Schools After Long Debate")]
    [InlineData("chicago", "Senate Passes Bill to Fund Schools after Long Debate")]
    [InlineData("sentence", "Senate passes bill to fund schools after long debate")]
    [InlineData("upper", "SENATE PASSES BILL TO FUND SCHOOLS AFTER LONG DEBATE")]
    public void Capitalization_converts_headlines_to_each_style(string style, string expected)
    {
        var check = new Lint.Checks.CapitalizationCheck(style, []);
        Assert.Equal(expected, check.Convert("senate passes Bill To fund schools after long debate"));
        Assert.Equal(expected, check.Convert(expected));
    }

    [Fact]
    public void Capitalization_flags_a_headline_and_offers_the_fix()
    {
        var rule = Rule("kind: capitalization\nstyle: ap\nexceptions: [iPhone]", "Headline should be {expected}", "[headline]");
        const string text = "[|Apple Unveils new iphone In Cupertino|]\n\nBy Jane Doe\n\nThe company said on Tuesday that sales rose.\n";
        var found = Flags(rule, text);
        Assert.Equal("Apple Unveils New iPhone in Cupertino", found[0].Fixes[0].Replacements[0].NewText);
        Flags(rule, "Apple Unveils New iPhone in Cupertino\n\nBy Jane Doe\n\nThe company said on Tuesday that sales rose.\n");
        Assert.Contains(LoadErrors("kind: capitalization\nstyle: title"), e => e.StartsWith("ED0004", StringComparison.Ordinal));
    }

    // metric

    [Fact]
    public void Metric_flags_a_paragraph_above_the_grade()
    {
        var rule = Rule("kind: metric\nformula: flesch-kincaid\nmax: 12", "Grade {value} is above {max}");
        Flags(rule, "[|The administration's comprehensive infrastructure reauthorization legislation, notwithstanding considerable intergovernmental disagreement regarding appropriations methodology, ultimately necessitated extraordinary congressional deliberation.|]");
        Flags(rule, "The mayor spoke. The crowd cheered. Then it rained.");
    }

    [Fact]
    public void Metric_accepts_expressions_and_rejects_bad_ones()
    {
        var rule = Rule("kind: metric\nformula: words / sentences\nmax: 4", "{value} words a sentence");
        Flags(rule, "[|The mayor spoke to the crowd for an hour.|]");
        Flags(rule, "The mayor spoke. It rained.");
        Assert.Contains(LoadErrors("kind: metric\nformula: words / lines\nmax: 3"), e => e.StartsWith("ED0004", StringComparison.Ordinal) && e.Contains("lines", StringComparison.Ordinal));
        Assert.Contains(LoadErrors("kind: metric\nmax: 3"), e => e.StartsWith("ED0003", StringComparison.Ordinal));
    }

    [Fact]
    public void Syllables_are_counted_by_vowel_groups()
    {
        Assert.Equal(1, Lint.Checks.TextStatistics.CountSyllables("make"));
        Assert.Equal(2, Lint.Checks.TextStatistics.CountSyllables("table"));
        Assert.Equal(4, Lint.Checks.TextStatistics.CountSyllables("legislation"));
    }
}

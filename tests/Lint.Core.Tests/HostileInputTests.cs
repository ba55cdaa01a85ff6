using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Checks;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>
/// Input built to hang or crash the linter: rule patterns that backtrack without end, Markdown nested thousands deep,
/// long lines of marks left open. Each must finish (within a bound far above what the fixed code takes, so that a
/// busy machine does not fail them), keep the findings of the other rules and files, and turn what it cannot do into
/// one finding. The work runs on a thread with a 1 MB stack, less than a default thread's, so that recursion over the
/// input's depth would overflow here rather than in a user's run.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly LintConfiguration Configuration = new(new ReferenceDate(2026, 11, 22));

    /// <summary>A rule file with <paramref name="check"/> (indented YAML under <c>check:</c>).</summary>
    private static RuleFile RuleFile(string id, string check) => new(
        id + ".yaml",
        $"id: {id}\nname: rule-{id.ToLowerInvariant()}\ntitle: A test rule\nmessage: \"Found {{match}}\"\nseverity: warning\ncheck:\n{check}");

    /// <summary>The control: a rule whose finding must survive whatever another rule or the article does.</summary>
    private static readonly RuleFile Control = RuleFile("HS0001", "  kind: existence\n  tokens: [teh]\n");

    private static RuleCatalog Load(params RuleFile[] files) => RulePackLoader.Load(files, RuleData.None);

    /// <summary>Runs <paramref name="work"/> on a thread with a 1 MB stack; fails when it throws or has not finished after <paramref name="seconds"/>.</summary>
    private static T Completes<T>(Func<T> work, int seconds = 20)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception ex)
                {
                    error = ex;
                }
            },
            1 << 20)
        { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(seconds)), $"did not finish within {seconds} s");
        Assert.True(error is null, $"threw {error}");
        return result;
    }

    private static string Repeat(string unit, int count) => new System.Text.StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    /// <summary>About 4 KB of prose around a run of <paramref name="run"/>, and a paragraph the control rule flags.</summary>
    private static string Article(string run) =>
        "Council approves the flood barrier\n\n" +
        "The mayor said the plan was ready " + run + " and the council would vote on Tuesday.\n\n" +
        "Residents said teh barrier was overdue.\n";

    // ---- Patterns in rule files -------------------------------------------------------------------------------------

    public static TheoryData<string, string> BacktrackingPatterns => new()
    {
        // Alternatives that match the same text, one after another: 2^16, 3^20 and 2^28 ways from each position.
        { Repeat("(a|aa)", 16) + "b", Repeat("a", 4000) },
        { Repeat("(?:a|aa|aaa)", 20) + "c", Repeat("a", 4000) },
        { Repeat(@"(?:\w|\w\w)", 28) + "!", Repeat("a", 4000) },

        // A comment, or free-spacing mode's, that once hid the rest of the pattern from the check.
        { "(?#[)(a+)+b", Repeat("a", 4000) },
        { "(?x)#[\n(a+)+b", Repeat("a", 4000) },
        { "(?x) ( a + ) + b # a comment (?#\n", Repeat("a", 4000) },
    };

    [Theory]
    [MemberData(nameof(BacktrackingPatterns))]
    public void A_pattern_that_would_backtrack_without_end_runs_in_linear_time(string pattern, string run)
    {
        Assert.False(RegexFactory.IsBoundedPerPosition(pattern));
        var regex = RegexFactory.TryCreate(pattern, false, out var error);
        Assert.True(regex is not null, error);
        Assert.True((regex.Options & RegexOptions.NonBacktracking) != 0, "expected the linear-time engine");

        var catalog = Load(Control, RuleFile("HS0002", $"  kind: existence\n  patterns: [\"{pattern.Replace("\\", "\\\\").Replace("\n", "\\n")}\"]\n"));
        Assert.Empty(catalog.Errors);
        var diagnostics = Completes(() => new Linter(catalog).Lint(new SourceText(Article(run), "article.txt"), Configuration));
        Assert.Equal("teh", Assert.Single(diagnostics).Message.Replace("Found ", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(?#[)(a)\\1", "a backreference (\\1)")]
    [InlineData("(?x)#[\n(a)\\1", "a backreference (\\1)")]
    [InlineData("(?x) (?<word>\\w+) \\s+ \\k<word> # doubled", "a backreference (\\k)")]
    [InlineData("(?<word>\\w+) \\<word>", "a backreference (\\<…)")]
    [InlineData("[(?=]x(?=y)", "a lookahead (?=…)")]
    [InlineData("(?#)(?<=a)b", "a lookbehind (?<=…)")]
    [InlineData("(?<open>a)(?<-open>b)", "a balancing group")]
    [InlineData("\\G\\w", "\\G")]
    public void A_construct_no_linear_time_engine_runs_is_refused_at_load_wherever_it_hides(string pattern, string construct)
    {
        var catalog = Load(RuleFile("HS0002", $"  kind: existence\n  patterns: [\"{pattern.Replace("\\", "\\\\").Replace("\n", "\\n")}\"]\n"));
        var error = Assert.Single(catalog.Errors).Diagnostic;
        Assert.Equal("ED0007", error.RuleId);
        Assert.Contains(construct, error.Message, StringComparison.Ordinal);
        Assert.Empty(catalog.Rules);
    }

    [Theory]
    [InlineData("(?#no (?=lookahead here)\\bteh\\b")]
    [InlineData("(?x) \\b teh \\b  # not a lookahead: (?= nor a backreference \\1\n")]
    [InlineData("[\\1(?=]teh")]
    [InlineData("(?x: \\b t e h \\b )")]
    [InlineData("(teh)\\10")]
    public void Comments_classes_and_octal_escapes_are_not_mistaken_for_constructs(string pattern)
    {
        var catalog = Load(RuleFile("HS0002", $"  kind: existence\n  patterns: [\"{pattern.Replace("\\", "\\\\").Replace("\n", "\\n")}\"]\n"));
        Assert.Empty(catalog.Errors);
        Assert.Single(catalog.Rules);
    }

    [Theory]
    [InlineData(@"\b(?:teh|recieve|occured)\b", true)]
    [InlineData(@"\b(?:Jan|Feb)\.? \d{1,2}(?:st|nd|rd|th)?\b", true)]
    [InlineData(@"(?x) \b (?:Jan|Feb) \.? [ ] \d{1,2} # a date", true)]
    [InlineData(@"(?#a comment)\b(?:January) (\d{1,2})\b", true)]
    [InlineData(@"[a-z-[aeiou]]{1,3}", true)]
    [InlineData(@"\c[{2}x", true)]
    [InlineData(@"(a|aa)(a|aa)(a|aa)(a|aa)b", true)]
    [InlineData(@"a(?#comment)+", false)]
    [InlineData("(?x)a # comment\n+", false)]
    [InlineData(@"(?x)a +", false)]
    [InlineData(@"[]a+]b+", false)]
    [InlineData(@"\p{L}{1,1000}", false)]
    [InlineData(@"(?:a|b){1,3}", false)]
    public void The_pattern_reader_sees_what_the_regex_parser_sees(string pattern, bool bounded) =>
        Assert.Equal(bounded, RegexFactory.IsBoundedPerPosition(pattern));

    [Theory]
    [InlineData("(", ")")]
    [InlineData("(?:", ")")]
    [InlineData("(?x: ", " )")]
    public void A_pattern_nested_twenty_thousand_deep_loads_and_runs(string open, string close)
    {
        var pattern = Repeat(open, 20000) + "teh" + Repeat(close, 20000);
        var catalog = Completes(() => Load(RuleFile("HS0001", $"  kind: existence\n  patterns: ['{pattern}']\n")));
        Assert.Empty(catalog.Errors);
        var diagnostics = Completes(() => new Linter(catalog).Lint(new SourceText(Article("a"), "article.txt"), Configuration));
        Assert.Equal("HS0001", Assert.Single(diagnostics).RuleId);
    }

    [Fact]
    public void A_list_of_thousands_of_words_stays_on_the_interpreter()
    {
        // Each word is one way: the list costs about its length from each position, and the linear-time engine
        // would refuse it (its automaton would be too large).
        var tokens = Enumerable.Range(0, 3000).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("teh").ToList();
        var pattern = ExistenceCheck.Combine(tokens, [])!;
        Assert.True(RegexFactory.IsBoundedPerPosition(pattern));
        var catalog = Load(RuleFile("HS0001", $"  kind: existence\n  tokens: [{string.Join(", ", tokens)}]\n"));
        Assert.Empty(catalog.Errors);
        var diagnostics = new Linter(catalog).Lint(new SourceText("The mayor said teh word12 and word2999 were ready.\n", "article.txt"), Configuration);
        Assert.Equal(["teh", "word12", "word2999"], diagnostics.Select(d => d.Message.Replace("Found ", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_pattern_that_times_out_is_one_finding_for_its_rule_and_the_other_rules_still_report()
    {
        // Where no linear-time engine exists (an analyzer on .NET Framework), a pattern runs with a timeout instead.
        var loaded = Load(Control, RuleFile("HS0002", "  kind: existence\n  patterns: ['(a+)+b']\n"));
        Assert.Empty(loaded.Errors);
        var slow = new Regex("(a+)+b", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
        var catalog = new RuleCatalog([.. loaded.Rules.Select(r => r.Id == "HS0002" ? r with { Check = new ExistenceCheck(slow, [], false) } : r)], []);

        var diagnostics = Completes(() => new Linter(catalog).Lint(new SourceText(Article(Repeat("a", 4000)), "article.txt"), Configuration));
        Assert.Equal(2, diagnostics.Count);
        var timedOut = Assert.Single(diagnostics, d => d.RuleId == EngineRules.CheckFailed.Id);
        Assert.StartsWith("rule HS0002's pattern took too long on this file and was stopped", timedOut.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", timedOut.Message, StringComparison.Ordinal);
        Assert.Single(diagnostics, d => d.RuleId == "HS0001");
    }

    // ---- Markdown nested deeper than anything written by hand --------------------------------------------------------

    public static TheoryData<string, string, bool> DeepMarkdown => new()
    {
        // Markdig refuses more than 128 levels of blocks, and of links or emphasis left open inside one another.
        { "block quotes", Repeat(">", 128) + " A quotation deep down.\n", false },
        { "block quotes, spaced", Repeat("> ", 1000) + "A quotation deep down.\n", false },
        { "nested lists", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- item\n")), false },
        { "list markers on one line", Repeat("- ", 200) + "item\n", false },
        { "quoted lists", Repeat("> - ", 300) + "item\n", false },
        { "nested links", Repeat("[", 50000) + "text" + Repeat("](u)", 50000) + "\n", false },
        { "brackets left open", Repeat("[", 50000) + "text\n", false },
        { "emphasis left open", Repeat("*a ", 50000) + "text" + Repeat(" b*", 50000) + "\n", false },
        { "mixed emphasis", Repeat("*_", 25000) + "text" + Repeat("_*", 25000) + "\n", false },

        // Deep emphasis and HTML it reads, as deep as the line is long: the reader walks them without recursion.
        { "emphasis", Repeat("*", 50000) + "text" + Repeat("*", 50000) + "\n", true },
        { "strong emphasis", Repeat("**", 25000) + "text" + Repeat("**", 25000) + "\n", true },
        { "underscores", Repeat("_", 50000) + "text" + Repeat("_", 50000) + "\n", true },
        { "inline HTML", "Text " + Repeat("<span>", 50000) + "text" + Repeat("</span>", 50000) + "\n", true },
        { "HTML blocks", Repeat("<div>\n", 50000) + "text\n" + Repeat("</div>\n", 50000), true },
        { "code marks", "Text " + Repeat("`", 50000) + "text\n", true },
    };

    [Theory]
    [MemberData(nameof(DeepMarkdown))]
    public void Deeply_nested_Markdown_never_crashes_and_what_cannot_be_read_is_one_finding(string shape, string nested, bool readable)
    {
        _ = shape;
        var text = "# Council approves the flood barrier\n\nThe mayor said the plan was ready.\n\n" + nested + "\nResidents said teh barrier was overdue.\n";
        var catalog = new RuleCatalog([.. Load(Control).Rules, .. BuiltInRules.Catalog.Rules], []);
        var diagnostics = Completes(() => new Linter(catalog).Lint(new SourceText(text, "deep.md"), Configuration));
        if (readable)
        {
            Assert.Contains(diagnostics, d => d.RuleId == "HS0001");
            Assert.DoesNotContain(diagnostics, d => d.RuleId == EngineRules.CheckFailed.Id);
            Completes(() => ArticleParser.Parse(new SourceText(text, "deep.md"), ArticleFormat.Markdown).Quotations);
        }
        else
        {
            var failed = Assert.Single(diagnostics);
            Assert.Equal(EngineRules.CheckFailed.Id, failed.RuleId);
            Assert.Equal(Severity.Error, failed.Severity);
            Assert.Equal(
                "the article could not be parsed, so no rule checked it: its Markdown nests more than 128 levels deep (block quotes, lists, or brackets and emphasis marks left open inside one another)",
                failed.Message);
        }
    }

    [Fact]
    public void An_article_that_cannot_be_parsed_does_not_stop_the_next_one()
    {
        var linter = new Linter(Load(Control));
        var deep = Completes(() => linter.Lint(new SourceText(Repeat(">", 200) + " teh\n", "deep.md"), Configuration));
        Assert.Equal(EngineRules.CheckFailed.Id, Assert.Single(deep).RuleId);
        var next = linter.Lint(new SourceText("The mayor said teh plan was ready.\n", "next.md"), Configuration);
        Assert.Equal("HS0001", Assert.Single(next).RuleId);
    }

    // ---- Long lines of marks left open -------------------------------------------------------------------------------

    public static TheoryData<string, string> OpenMarks => new()
    {
        { "a <!-- b ", "txt" },
        { "<!--", "txt" },
        { "a <!-- b ", "md" },
        { "a <? b ", "md" },
        { "a <!X b ", "md" },
        { "a | b ", "md" },
        { "a {{ b ", "md" },
        { "{{", "md" },
        { "{% x ", "md" },
        { "{# x ", "md" },
        { "a [b ", "txt" },
        { "a `b ", "md" },
        { "a <b ", "md" },
        { "<a href=\"x ", "md" },
        { "a \"b ", "txt" },
        { "a \"b ", "md" },
        { "a \u201cb ", "txt" },
        { "a 'b ", "txt" },
        { "a (b ", "txt" },
    };

    [Theory]
    [MemberData(nameof(OpenMarks))]
    public void A_long_line_of_marks_left_open_is_read_in_linear_time(string unit, string extension)
    {
        // Half a megabyte on one line: the quadratic steps this guards against took minutes here.
        var text = "Council approves the flood barrier\n\n" + Repeat(unit, (512 * 1024) / unit.Length) + "\n\nResidents said teh barrier was overdue.\n";
        var catalog = new RuleCatalog([.. Load(Control).Rules, .. BuiltInRules.Catalog.Rules], []);
        var diagnostics = Completes(() => new Linter(catalog).Lint(new SourceText(text, "long." + extension), Configuration), 30);
        Assert.Contains(diagnostics, d => d.RuleId == "HS0001");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == EngineRules.CheckFailed.Id);
    }

    [Fact]
    public void Quotations_left_open_by_the_thousand_are_each_reported()
    {
        var text = Repeat("The mayor said \"we will rebuild and ", 20000) + "soon.\n";
        var article = Completes(() =>
        {
            var parsed = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
            _ = parsed.OutsideQuotations(parsed.Segments[0]);
            return parsed;
        });
        Assert.Equal(20000, article.Quotations.Count(q => !q.IsClosed));

        // Each runs to the end of the paragraph: outside them, only the words before the first.
        Assert.Equal("The mayor said", article.OutsideQuotations(article.Segments[0]).Text.ToString().TrimEnd());
    }

    [Fact]
    public void Plain_text_comments_are_blanked_up_to_their_first_close_and_one_left_open_stays_text()
    {
        const string text = "The mayor <!-- a note --> said the plan <!-- x --> was ready. <!-- never closed\n";
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
        var content = Assert.Single(article.Segments).Text.ToString();
        var expected = text.TrimEnd().Replace("<!-- a note -->", new string(' ', 15), StringComparison.Ordinal).Replace("<!-- x -->", new string(' ', 10), StringComparison.Ordinal);
        Assert.Equal(expected, content);
    }

    [Fact]
    public void Markdown_inline_HTML_left_open_stays_text_and_closed_comments_are_still_left_out()
    {
        const string text = "The mayor said <!-- an editor's note --> the plan was ready.\n\n" +
            "The plan <!-- never closed was ready.\n\nThe \\*second\\* plan <? never closed was late.\n\n" +
            "It was rated .*<? and never closed **then.\n\nWrite to <?desk@example.org> today.\n\nA last paragraph --> ?>.\n";
        var article = ArticleParser.Parse(new SourceText(text, "notes.md"), ArticleFormat.Markdown, fragment: true);
        var prose = article.Segments.Select(s => s.Text.ToString()).ToList();
        Assert.Equal(6, prose.Count);
        Assert.DoesNotContain("note", prose[0], StringComparison.Ordinal);
        Assert.StartsWith("The mayor said", prose[0], StringComparison.Ordinal);
        Assert.Equal("The plan <!-- never closed was ready.", prose[1]);
        Assert.Equal("The *second* plan <? never closed was late.", prose[2]);

        // The emphasis marks pair as they would around the '<' (here: not at all), and an e-mail autolink is still one.
        Assert.Equal("It was rated .*<? and never closed **then.", prose[3]);
        Assert.Equal("Write to ?desk@example.org today.", prose[4]);
    }

    [Fact]
    public void A_plain_text_line_with_prose_between_comments_is_prose()
    {
        const string text = "<!-- lint-disable ED2002 -->\n\n<!-- a --> The council voted on Tuesday. <!-- b -->\n\n<!-- one --> <!-- two -->\n";
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
        var segment = Assert.Single(article.Segments);
        Assert.Equal("The council voted on Tuesday.", segment.Text.ToString().Trim());
    }
}

using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Configuration;
using Lint.Loading;
using Lint.Rules;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>TOML front matter between <c>+++</c> lines (Hugo's default), read like YAML's: fields, spans, headline, malformed input.</summary>
public sealed class TomlFrontMatterTests
{
    private const string Hugo = """"
        +++
        title = "Ferry Service Resumes After Storm"
        date = 2026-11-20T09:30:00Z
        draft = false
        weight = 3 # a comment
        author = 'Mara Quint'
        tags = ["ferries", 'weather', "island towns"]
        description = """
        Crossings to the island restarted on Friday.
        The first boat left at dawn."""
        summary = '''
        No boats ran for three days.'''
        "quoted key" = "kept"
        escaped = "The \"Harbour Star\" sailed\tfirst"
        params.colour = "blue"
        links = { home = "/" }

        [params]
        subtitle = "Nested, not a field"
        +++

        ## Crossings Restart

        Ferries to the island resumed on Friday after three days of cancellations caused by high winds.

        The first crossing left at dawn with forty passengers on board.

        """";

    private static Article Parse(string text) => ArticleParser.Parse(new SourceText(text, "story.md"), ArticleFormat.Markdown);

    private static List<Segment> Fields(Article article) => [.. article.Segments.Where(s => s.Kind == SegmentKind.FrontMatterField)];

    [Fact]
    public void Top_level_fields_are_read_with_their_values()
    {
        var fields = Fields(Parse(Hugo)).Select(s => (s.Name, s.Content)).ToList();
        (string, string)[] expected =
        [
            ("title", "Ferry Service Resumes After Storm"),
            ("date", "2026-11-20T09:30:00Z"),
            ("draft", "false"),
            ("weight", "3"),
            ("author", "Mara Quint"),
            ("tags", "ferries"),
            ("tags", "weather"),
            ("tags", "island towns"),
            ("description", "Crossings to the island restarted on Friday.\nThe first boat left at dawn."),
            ("summary", "No boats ran for three days."),
            ("quoted key", "kept"),
            ("escaped", "The \"Harbour Star\" sailed\tfirst"),
        ];

        // Dotted keys, inline tables and tables are nested, and left out as a YAML map's nested keys are.
        Assert.Equal(expected, fields);
    }

    [Fact]
    public void Each_value_maps_back_to_its_own_characters_in_the_file()
    {
        var article = Parse(Hugo);
        foreach (var field in Fields(article).Where(f => f.Name != "escaped"))
        {
            Assert.Equal(field.Content, article.Source[field.Span].Replace("\r\n", "\n", StringComparison.Ordinal));
            Assert.Equal(field.Content, article.Source[field.SourceSpan(0, field.Content.Length)]);
        }

        // An escape is one character of the value, mapped to the whole escape in the file.
        var escaped = Fields(article).Single(f => f.Name == "escaped");
        var quote = escaped.Content.IndexOf('"', StringComparison.Ordinal);
        Assert.Equal("\\\"", article.Source[escaped.SourceSpan(quote, quote + 1)]);
        var star = escaped.Content.IndexOf("Harbour Star", StringComparison.Ordinal);
        Assert.Equal("Harbour Star", article.Source[escaped.SourceSpan(star, star + 12)]);
    }

    [Fact]
    public void The_headline_is_the_first_heading_and_the_front_matter_is_not_prose()
    {
        var article = Parse(Hugo);
        Assert.Equal(SegmentKind.FrontMatter, article.Segments[0].Kind);
        Assert.DoesNotContain(article.Segments, s => s.Kind != SegmentKind.FrontMatter && s.Kind != SegmentKind.FrontMatterField && s.Content.Contains('=', StringComparison.Ordinal));
        Assert.DoesNotContain(article.Segments, s => s.Content.Contains("+++", StringComparison.Ordinal));
        Assert.DoesNotContain(BuiltInRules.Lint(Hugo, "story.md"), d => d.Severity >= Severity.Warning);
    }

    [Fact]
    public void Without_a_title_field_the_first_body_line_is_the_headline()
    {
        const string text = "+++\ndate = 2026-11-20\n+++\n\nFerry Service Resumes\n\nFerries to the island resumed on Friday after three days of cancellations.\n";
        var article = Parse(text);
        var headline = Assert.Single(article.Segments, s => s.Kind == SegmentKind.Headline);
        Assert.Equal("Ferry Service Resumes", headline.Content);
        Assert.DoesNotContain(BuiltInRules.Lint(text, "story.md"), d => d.RuleId == "ED5001");
    }

    [Fact]
    public void A_rule_scoped_to_the_title_field_finds_its_span_inside_the_TOML()
    {
        const string yaml = "id: HS4101\nname: no-storm\ntitle: Storm\nmessage: \"{match}\"\nseverity: warning\nscope: front-matter.title\ncheck:\n  kind: existence\n  tokens: [Storm]\n";
        var catalog = RulePackLoader.Load([new RuleFile("t.yaml", yaml)], RuleData.None);
        Assert.Empty(catalog.Errors);
        var found = new Linter(catalog).Lint(Parse(Hugo), new LintConfiguration(new ReferenceDate(2026, 11, 22)));
        var finding = Assert.Single(found);
        Assert.Equal("Storm", new SourceText(Hugo)[finding.Span]);
        Assert.Equal(2, finding.Location.Start.Line);
    }

    [Theory]
    [InlineData("+++\ntitle = \"Ferry Service Resumes\"\n\nFerries to the island resumed on Friday after three days of cancellations.\n")]
    [InlineData("+++\ntitle = \"Ferry Service Resumes\n+++\n\nFerries to the island resumed on Friday after three days of cancellations.\n")]
    [InlineData("+++\ntitle = \"\"\"Ferry Service Resumes\n+++\n\nFerries to the island resumed on Friday after three days of cancellations.\n")]
    [InlineData("+++\ntags = [\"ferries\", \"weather\"\n+++\n\nFerries to the island resumed on Friday after three days of cancellations.\n")]
    [InlineData("+++\n= \"no key\"\ntitle \"no equals sign\"\nescape = \"bad \\q and \\u12\"\n[params\n+++\n\nFerries to the island resumed on Friday after three days of cancellations.\n")]
    [InlineData("+++\n+++\n\nFerries to the island resumed on Friday after three days of cancellations.\n")]
    [InlineData("+++")]
    [InlineData("\n\n+++\r\ntitle = 'Ferry Service Resumes'\r\n+++\r\n")]
    [InlineData("+++\ntitle = \"ends in a backslash \\")]
    public void Malformed_TOML_is_front_matter_without_the_broken_fields_and_never_the_headline(string text)
    {
        var article = Parse(text);
        Assert.Equal(SegmentKind.FrontMatter, article.Segments[0].Kind);
        Assert.DoesNotContain(article.Segments, s => s.Kind is not (SegmentKind.FrontMatter or SegmentKind.FrontMatterField) && s.Content.Contains("+++", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Segments, s => s.Kind == SegmentKind.Headline && (s.Content.Contains('=', StringComparison.Ordinal) || s.Content.Contains('+', StringComparison.Ordinal)));
        foreach (var field in Fields(article)) Assert.Equal(field.Content, article.Source[field.SourceSpan(0, field.Content.Length)].Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.DoesNotContain(BuiltInRules.Lint(text, "story.md"), d => d.Message.Contains("+++", StringComparison.Ordinal));
    }

    [Fact]
    public void Random_TOML_shaped_text_never_throws_and_every_field_maps_into_the_front_matter()
    {
        string[] pieces = ["+++", "\n", "\r\n", "title", " = ", "=", "\"", "'", "\"\"\"", "'''", "\\", "\\u00e9", "\\U0001F600", "\\uD800", "[", "]", "{", "}", ",", "#", ".", " ", "word", "2026-11-20", "true", "[params]"];
        var random = new Random(17);
        for (var n = 0; n < 3000; n++)
        {
            var sb = new System.Text.StringBuilder("+++\n");
            var count = random.Next(1, 40);
            for (var k = 0; k < count; k++) sb.Append(pieces[random.Next(pieces.Length)]);
            if (random.Next(2) == 0) sb.Append("\n+++\n\nFerries resumed on Friday.\n");
            var text = sb.ToString();
            var article = Parse(text);
            Assert.Equal(SegmentKind.FrontMatter, article.Segments[0].Kind);
            var front = article.Segments[0].Span;
            foreach (var field in Fields(article))
            {
                Assert.True(front.Start <= field.Span.Start && field.Span.End <= front.End, text);
                for (var i = 0; i < field.Content.Length; i++) Assert.True(front.Contains(field.SourceSpan(i, i + 1).Start), text);
            }
        }
    }

    [Fact]
    public void A_rule_on_a_field_is_fixed_inside_the_TOML()
    {
        const string yaml = "id: HS4102\nname: teh\ntitle: Teh\nmessage: \"Write {expected}, not {match}\"\nseverity: warning\nscope: front-matter\ncheck:\n  kind: substitution\n  swap:\n    teh: the\n";
        var catalog = RulePackLoader.Load([new RuleFile("t.yaml", yaml)], RuleData.None);
        const string text = "+++\ntitle = \"Crossings Restart\"\ndescription = '''\nFerries ran on teh island route.'''\n+++\n\nFerries to the island resumed on Friday.\n";
        var finding = Assert.Single(new Linter(catalog).Lint(Parse(text), new LintConfiguration(new ReferenceDate(2026, 11, 22))));
        Assert.Equal("teh", new SourceText(text)[finding.Span]);
        Assert.Equal(4, finding.Location.Start.Line);
    }

    [Fact]
    public void Lint_check_prints_one_line_per_finding_when_a_message_quotes_a_line_break()
    {
        using var folder = new TempFolder();
        folder.Write("house/HS4103-no-dawn.yaml",
            "id: HS4103\nname: no-dawn\ntitle: Dawn\nmessage: \"Avoid '{match}'\"\nseverity: warning\nscope: front-matter.description\ncheck:\n  kind: existence\n  patterns: ['Friday\\.\\s+The']\n");
        folder.Write("story.md", Hugo);
        var run = CliRun.Invoke(folder.Path, "check", "--as-of", "2026-11-22", "--no-frames", "--rules", "house", "story.md");
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("story.md(9,38): warning HS4103: Avoid 'Friday.⏎The'", lines[0]);
        Assert.Matches(new Regex(@"^1 file checked"), lines[1]);

        // JSON carries the message as it is.
        var json = CliRun.Invoke(folder.Path, "check", "--as-of", "2026-11-22", "--format", "json", "--rules", "house", "story.md");
        Assert.Contains("Friday.\\nThe", json.Out, StringComparison.Ordinal);
    }
}

using Lint.Testing;
using Xunit;

namespace Lint.Cli.Tests;

/// <summary>Habits users bring from other linters: GitHub annotations, counts by rule, short flags, rules by name.</summary>
public class EverydayCliTests
{
    private const string Story = "Headline Here\n\nThe council met on Tuesday and voted on the the plan.\n\nThe mayor said: \"We will, build it\n";

    [Fact]
    public void Github_format_writes_one_workflow_command_a_finding_with_escaped_values()
    {
        using var folder = new TempFolder();
        folder.Write("news/a,b:c.txt", Story);
        var run = CliRun.Invoke(folder.Path, "check", "news", "--format", "github", "--as-of", "2026-11-22");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("::error file=news/a%2Cb%3Ac.txt,line=3,col=41,endLine=3,endColumn=48,title=ED4003::ED4003: \"the\" is repeated", lines[0]);
        Assert.Equal("::error file=news/a%2Cb%3Ac.txt,line=5,col=17,endLine=5,endColumn=18,title=ED2001::ED2001: Quotation \"We will, build it is never closed", lines[1]);
        Assert.StartsWith("::error file=news/a%2Cb%3Ac.txt,line=5,col=33,", lines[2], StringComparison.Ordinal);
        Assert.Equal("1 file checked: 3 errors, 0 warnings, 0 suggestions", lines[^1]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void Statistics_count_the_findings_by_rule_instead_of_listing_them()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Story);
        folder.Write("b.txt", Story.Replace("the the", "a a", StringComparison.Ordinal));
        var run = CliRun.Invoke(folder.Path, "check", ".", "--statistics", "--as-of", "2026-11-22");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("2  ED2001  unclosed-quotation\n2  ED2002  missing-terminal-punctuation\n2  ED4003  doubled-word\n2 files checked: 6 errors, 0 warnings, 0 suggestions\n", run.Out);

        var json = CliRun.Invoke(folder.Path, "check", ".", "--statistics", "--format", "json");
        Assert.Equal(2, json.ExitCode);
        Assert.StartsWith("lint: '--statistics' counts findings by rule in the text format", json.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_flags_stand_for_format_and_output()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Story);
        var run = CliRun.Invoke(folder.Path, "check", "a.txt", "-f", "json", "-o", "out/report.json", "--as-of", "2026-11-22");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(Path.Combine(folder.Path, "out", "report.json")), StringComparison.Ordinal);
        Assert.Equal("1 file checked: 3 errors, 0 warnings, 0 suggestions\n", run.Error);
        Assert.Equal(1, CliRun.Invoke(folder.Path, "check", "a.txt", "-f=github", "--as-of", "2026-11-22").ExitCode);

        // After "--" a dash-name is a path.
        var path = CliRun.Invoke(folder.Path, "check", "--as-of", "2026-11-22", "--", "-o");
        Assert.Equal(2, path.ExitCode);
        Assert.Contains("-o(1,1): error ED0009: no such file or directory", path.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_takes_a_rule_name_as_well_as_an_id()
    {
        var byName = CliRun.Invoke(Repository.Root, "explain", "doubled-word");
        Assert.Equal(0, byName.ExitCode);
        Assert.StartsWith("# ED4003: Word repeated", byName.Out, StringComparison.Ordinal);
        Assert.Equal(byName.Out, CliRun.Invoke(Repository.Root, "explain", "ed4003").Out);
        Assert.Equal(2, CliRun.Invoke(Repository.Root, "explain", "doubled-wrod").ExitCode);
    }

    [Fact]
    public void Folder_walks_respect_gitignore_lintignore_and_exclude_unless_told_not_to()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write(".gitignore", "# a Jekyll site\nvendor/\n_site\n*.draft.md\n!keep.draft.md\n/notes.txt\n");
        folder.Write("news/.lintignore", "embargoed/**\n");
        foreach (var path in new[] { "news/a.txt", "news/keep.draft.md", "news/b.draft.md", "news/notes.txt", "notes.txt", "vendor/bundle/gem/doc.md", "_site/a.txt", "news/embargoed/x.txt", "opinion/c.txt" })
            folder.Write(path, Story);

        static string Files(CliRun run) => string.Join(",", run.Out.Split('\n').Where(l => l.Contains("ED4003", StringComparison.Ordinal)).Select(l => l.Substring(0, l.IndexOf('(', StringComparison.Ordinal))));
        var run = CliRun.Invoke(folder.Path, "check", "news", "opinion", "--no-frames", "--as-of", "2026-11-22");
        Assert.Equal("news/a.txt,news/keep.draft.md,news/notes.txt,opinion/c.txt", Files(run));

        // From the repository's root and from inside it: the same files.
        Assert.Equal("news/a.txt,news/keep.draft.md,news/notes.txt,opinion/c.txt", Files(CliRun.Invoke(folder.Path, "check", "--no-frames", "--as-of", "2026-11-22")));
        Assert.Equal("a.txt,keep.draft.md,notes.txt", Files(CliRun.Invoke(Path.Combine(folder.Path, "news"), "check", "--no-frames", "--as-of", "2026-11-22")));

        // --exclude adds patterns; --no-ignore reads no ignore file but keeps --exclude; a named file is always linted.
        Assert.Equal("news/keep.draft.md,news/notes.txt,opinion/c.txt", Files(CliRun.Invoke(folder.Path, "check", "--exclude", "news/a.txt", "--no-frames", "--as-of", "2026-11-22")));
        Assert.Equal("_site/a.txt,news/a.txt,news/b.draft.md,news/embargoed/x.txt,news/keep.draft.md,news/notes.txt,notes.txt,opinion/c.txt,vendor/bundle/gem/doc.md",
            Files(CliRun.Invoke(folder.Path, "check", "--no-ignore", "--no-frames", "--as-of", "2026-11-22")));
        Assert.Equal("news/a.txt,news/keep.draft.md,news/notes.txt,notes.txt",
            Files(CliRun.Invoke(folder.Path, "check", "news", "notes.txt", "--exclude", "opinion", "--no-frames", "--as-of", "2026-11-22")));
    }

    [Fact]
    public void Colour_only_on_a_terminal_unless_asked_and_never_with_NO_COLOR_or_in_a_file()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Story);
        string Run(bool terminal, string? noColor, params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var environment = new CliEnvironment(folder.Path, Repository.Root, output, new StringWriter())
            {
                GetVariable = name => name == "NO_COLOR" ? noColor : null,
                OutputIsTerminal = () => terminal,
            };
            CliApp.Run(["check", "a.txt", "--as-of", "2026-11-22", .. args], environment);
            return output.ToString();
        }

        const string Escape = "\u001b[";
        var coloured = Run(terminal: true, noColor: null);
        Assert.StartsWith("\u001b[1ma.txt(3,41): \u001b[0m\u001b[31merror\u001b[0m ED4003:", coloured, StringComparison.Ordinal);
        Assert.Equal(Run(terminal: false, noColor: null), coloured.Replace("\u001b[1m", "").Replace("\u001b[0m", "").Replace("\u001b[31m", "").Replace("\u001b[2m", ""));
        Assert.DoesNotContain(Escape, Run(terminal: false, noColor: null), StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, Run(terminal: true, noColor: "1"), StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, Run(terminal: true, noColor: null, "--color", "never"), StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, Run(terminal: true, noColor: null, "--format", "json"), StringComparison.Ordinal);
        Assert.Contains(Escape, Run(terminal: false, noColor: "1", "--color", "always"), StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, Run(terminal: true, noColor: null, "--color", "always", "-o", "report.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain(Escape, File.ReadAllText(Path.Combine(folder.Path, "report.txt")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("suggestion")]
    [InlineData("note")]
    [InlineData("info")]
    public void The_lowest_severity_is_suggestion_wherever_it_is_typed_or_read(string level)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Headline Here\n\nThe council met on Tuesday and voted on the plan.  It passed.\n");
        var run = CliRun.Invoke(folder.Path, "check", "a.txt", "--fail-level", level, "--min-level", level, "--no-frames", "--as-of", "2026-11-22");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("a.txt(3,50): suggestion ED2006: 2 spaces between words\n1 file checked: 0 errors, 0 warnings, 1 suggestion\n", run.Out);
    }

    [Fact]
    public void House_rules_without_a_help_uri_get_no_link_and_their_own_when_they_have_one()
    {
        using var folder = new TempFolder();
        const string Rule = "id: HS0001\nname: no-teh\ntitle: Teh\nmessage: \"Write the, not {match}\"\nseverity: warning\ncheck:\n  kind: existence\n  tokens: [teh]\n";
        folder.Write("house/HS0001-no-teh.yaml", Rule);
        folder.Write("house/HS0002-no-adn.yaml", Rule.Replace("HS0001", "HS0002", StringComparison.Ordinal).Replace("teh", "adn", StringComparison.Ordinal) + "help-uri: https://example.org/style#and\n");
        folder.Write("a.txt", "Headline Here\n\nThe council met on Tuesday and voted on teh plan.\n");
        var run = CliRun.Invoke(folder.Path, "check", "a.txt", "--rules", "house", "--format", "sarif", "--as-of", "2026-11-22");
        using var log = System.Text.Json.JsonDocument.Parse(run.Out);
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.False(rules["HS0001"].TryGetProperty("helpUri", out _));
        Assert.DoesNotContain("http", rules["HS0001"].GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://example.org/style#and", rules["HS0002"].GetProperty("helpUri").GetString());
        Assert.EndsWith("/docs/rules/ED2002.md", rules["ED2002"].GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }
}

using Lint.Testing;

namespace Lint.Cli.Tests;

public sealed class RuleTryCommandTests
{
    private const string Jargon = """
        id: ED9001
        name: council-jargon
        title: Jargon in council copy
        message: '"{match}" is jargon; say what it means'
        severity: suggestion
        enabled: false
        check:
          kind: existence
          ignorecase: true
          tokens: [going forward, stakeholders]
        """;

    private static TempFolder Archive()
    {
        var folder = new TempFolder();
        folder.Write("house/ED9001-council-jargon.yaml", Jargon);
        folder.Write("news/budget.txt", "Council Passes Budget\n\nGoing forward, the council will consult stakeholders on every line.\n\nThe mayor thanked the stakeholders.\n");
        folder.Write("news/harbour.md", "# Harbour Reopens\n\nThe harbour reopened on Monday after talks with stakeholders.\n");
        folder.Write("sport/final.md", "# Final Tonight\n\nThe final starts at eight.\n");
        // Configuration that would keep the rule from running in a check: try runs it anyway.
        folder.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.ED9001.severity = none\nlint.packs = news\n");
        return folder;
    }

    [Fact]
    public void Findings_are_grouped_by_the_text_they_flag_the_most_frequent_first()
    {
        using var folder = Archive();
        var run = CliRun.Invoke(folder.Path, "rules", "try", "house/ED9001-council-jargon.yaml", "news", "sport");
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            ED9001 council-jargon (suggestion, off by default): Jargon in council copy
            4 findings in 2 of 3 articles

            "stakeholders" × 3
              news/budget.txt(3,41): Going forward, the council will consult [|stakeholders|] on every line.
              news/budget.txt(5,23): The mayor thanked the [|stakeholders|].
              news/harbour.md(3,49): The harbour reopened on Monday after talks with [|stakeholders|].

            "Going forward" × 1
              news/budget.txt(3,1): [|Going forward|], the council will consult stakeholders on every l…

            """, run.Out);
    }

    [Fact]
    public void Examples_limits_the_findings_shown_for_each_text()
    {
        using var folder = Archive();
        var run = CliRun.Invoke(folder.Path, "rules", "try", "house", ".", "--examples", "1");
        Assert.Contains("\"stakeholders\" × 3\n  news/budget.txt(3,41): ", run.Out, StringComparison.Ordinal);
        Assert.Contains("  … and 2 more\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("house/", run.Out, StringComparison.Ordinal); // the rule file itself is not an article
    }

    [Fact]
    public void A_bad_rule_file_gives_its_errors_and_tries_nothing()
    {
        using var folder = Archive();
        folder.Write("house/ED9002-bad.yaml", "id: ED9002\nname: Bad\ntitle: Bad\nmessage: m\nseverity: warning\ncheck:\n  kind: existence\n  patterns: ['(unclosed']\n");
        var run = CliRun.Invoke(folder.Path, "rules", "try", "house/ED9002-bad.yaml", "news");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("house/ED9002-bad.yaml(2,7): error ED0004: 'name' is 'Bad'", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"house/ED9002-bad\.yaml\(8,\d+\): error ED00\d\d: ", run.Error);
        Assert.EndsWith("nothing was tried\n", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);

        var missing = CliRun.Invoke(folder.Path, "rules", "try", "house/nope.yaml", "news");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("'house/nope.yaml' is not a rule file or a folder of rule files", missing.Error, StringComparison.Ordinal);
        Assert.Contains("needs a rule file", CliRun.Invoke(folder.Path, "rules", "try").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_shows_what_the_change_adds_and_removes_against_the_committed_rule()
    {
        using var folder = Archive();
        Git.Run(folder.Path, "init", "-q");
        Git.Run(folder.Path, "add", "house");
        Git.Run(folder.Path, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "jargon");
        folder.Write("house/ED9001-council-jargon.yaml", Jargon.Replace("[going forward, stakeholders]", "[going forward, harbour]", StringComparison.Ordinal));

        var run = CliRun.Invoke(folder.Path, "rules", "try", "house/ED9001-council-jargon.yaml", "news", "--compare", "--examples", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            ED9001 council-jargon (suggestion, off by default): Jargon in council copy
            2 findings in 2 of 2 articles
            Against HEAD:house/ED9001-council-jargon.yaml: 1 added, 3 removed, 0 changed, 1 unchanged (4 findings in 2 of 2 articles before)

            Added:

            "harbour" × 1
              + news/harbour.md(3,5): The [|harbour|] reopened on Monday after talks with stakeholders.

            Removed:

            "stakeholders" × 3
              - news/budget.txt(3,41): Going forward, the council will consult [|stakeholders|] on every line.
              … and 2 more

            """, run.Out);

        // The same as a page: added findings are new, removed ones absent.
        var html = CliRun.Invoke(folder.Path, "rules", "try", "house", "news", "--compare", "--format", "html", "--output", "try.html");
        Assert.Equal(0, html.ExitCode);
        var page = HtmlPage.Read(File.ReadAllText(Path.Combine(folder.Path, "try.html")));
        Assert.Equal(1, page.Findings.Count(f => f.State == "new"));
        Assert.Equal(3, page.Findings.Count(f => f.State == "absent"));
        Assert.Equal(1, page.Findings.Count(f => f.State == "unchanged"));
        Assert.Equal(2, page.Totals["findings"]);
    }

    [Fact]
    public void Compare_says_plainly_when_there_is_nothing_committed()
    {
        using var folder = Archive();
        var outside = CliRun.Invoke(folder.Path, "rules", "try", "house/ED9001-council-jargon.yaml", "news", "--compare");
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("lint: --compare reads the committed rule with git, and 'house/ED9001-council-jargon.yaml' is not in a git repository", outside.Error, StringComparison.Ordinal);

        Git.Run(folder.Path, "init", "-q");
        var uncommitted = CliRun.Invoke(folder.Path, "rules", "try", "house/ED9001-council-jargon.yaml", "news", "--compare");
        Assert.Equal(2, uncommitted.ExitCode);
        Assert.Contains("'house/ED9001-council-jargon.yaml' has no committed version to compare with", uncommitted.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", uncommitted.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_of_a_try_counts_what_the_text_counts()
    {
        using var folder = Archive();
        var run = CliRun.Invoke(folder.Path, "rules", "try", "house", "news", "sport", "--format", "html");
        Assert.Equal(0, run.ExitCode);
        var page = HtmlPage.Read(run.Out);
        Assert.Equal(4, page.Findings.Count);
        Assert.Equal(3, page.Totals["files"]);
        Assert.Contains("<title>lint rules try ED9001 council-jargon</title>", run.Out, StringComparison.Ordinal);
        // The flagged texts lead the page.
        Assert.True(run.Out.IndexOf("id=\"by-text\"", StringComparison.Ordinal) < run.Out.IndexOf("id=\"by-rule\"", StringComparison.Ordinal));
    }
}

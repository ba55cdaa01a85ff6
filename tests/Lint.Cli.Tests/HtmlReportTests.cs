using System.Text.Json;
using System.Text.RegularExpressions;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>The HTML report read as a file: the same numbers as SARIF, hostile text kept as text, nothing fetched.</summary>
public sealed class HtmlReportTests
{
    private static readonly string[] AsOf = ["--as-of", "2026-11-22"];

    /// <summary>
    /// An archive in two desks, with a suppressed finding, compared with a baseline taken before one article was
    /// fixed and another written: every baseline state occurs.
    /// </summary>
    internal static TempFolder Archive()
    {
        var folder = new TempFolder();
        folder.Write("news/council.txt", "Council Approves Budget\n\nSPRINGFEILD, Ill. (AP) — The council voted on the the budget on Tuesday\n\n© 2024 Example News\n");
        folder.Write("news/harbour.md", "# Harbour Reopens\n\nThe harbour reopened to to boats on Monday.\n\n<!-- lint-disable-next-line ED2002 -->\nThe mayor said it was a good day\n");
        folder.Write("sport/final.md", "# Final Tonight\n\nThe final starts at at eight and tickets are sold out\n");
        Assert.Equal(1, CliRun.Invoke(folder.Path, ["check", ".", "--format", "sarif", "--output", "baseline.sarif", .. AsOf]).ExitCode);
        folder.Write("sport/final.md", "# Final Tonight\n\nThe final starts at eight and tickets are sold out.\n");
        folder.Write("sport/preview.md", "# Preview\n\nThe the coach named his team on Friday.\n");
        return folder;
    }

    [Fact]
    public void The_pages_numbers_match_the_sarif_of_the_same_run()
    {
        using var folder = Archive();
        foreach (var baseline in new[] { false, true })
        {
            string[] args = ["check", ".", .. AsOf, .. baseline ? new[] { "--baseline", "baseline.sarif" } : []];
            var html = CliRun.Invoke(folder.Path, [.. args, "--format", "html"]);
            var sarif = CliRun.Invoke(folder.Path, [.. args, "--format", "sarif"]);
            Assert.Equal(sarif.ExitCode, html.ExitCode);
            var page = HtmlPage.Read(html.Out);

            using var log = JsonDocument.Parse(sarif.Out);
            var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => (
                Rule: r.GetProperty("ruleId").GetString()!,
                Severity: r.GetProperty("level").GetString() == "note" ? "suggestion" : r.GetProperty("level").GetString()!,
                State: r.TryGetProperty("baselineState", out var s) ? s.GetString() : null,
                Suppressed: r.GetProperty("suppressions").GetArrayLength() > 0)).ToList();

            static string Key(string rule, string severity, string? state, bool suppressed) => $"{rule} {severity} {state ?? "-"}{(suppressed ? " suppressed" : string.Empty)}";
            var expected = results.GroupBy(r => Key(r.Rule, r.Severity, r.State, r.Suppressed)).ToDictionary(g => g.Key, g => g.Count());
            var actual = page.Findings.GroupBy(f => Key(f.RuleId, f.Severity, f.State, f.Suppressed)).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));

            // The totals at the top are the same counts: the findings present now, by severity, and the baseline states.
            Assert.Equal(results.Count(r => r.State != "absent"), page.Totals["findings"]);
            foreach (var level in new[] { "error", "warning", "suggestion" })
                Assert.Equal(results.Count(r => r.Severity == level && !r.Suppressed && r.State != "absent"), page.Totals[level]);
            Assert.Equal(results.Count(r => r.Suppressed), page.Totals.GetValueOrDefault("suppressed"));
            if (baseline)
            {
                foreach (var state in new[] { "new", "unchanged", "updated", "absent" })
                    Assert.Equal(results.Count(r => r.State == state), page.Totals["state-" + state]);
                Assert.Contains(results, r => r.State == "absent");
                Assert.Contains(results, r => r.State == "new");
                Assert.Contains(results, r => r.State == "unchanged");
            }
            else
            {
                Assert.DoesNotContain("data-total=\"state-", html.Out, StringComparison.Ordinal);
            }

            Assert.Equal(4, page.Totals["files"]);
        }
    }

    [Fact]
    public void Article_text_and_rule_files_never_become_markup()
    {
        using var folder = new TempFolder();
        folder.Write("desk<b>/story.md", "# Story\n\nThe the crowd chanted </script><script>alert(1)</script> and <!-- and ]]> & \u2028 then left\n");
        folder.Write("house/ED9100-hostile.yaml", """
            id: ED9100
            name: hostile
            title: "A title with <img src=x onerror=alert(2)>"
            message: "Found <script>alert(3)</script> in {match}"
            severity: warning
            help-uri: "javascript:alert(4)"
            check:
              kind: existence
              tokens: ["crowd"]
            """);
        var run = CliRun.Invoke(folder.Path, ["check", ".", "--rules", "house", "--format", "html", .. AsOf]);
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        var html = run.Out;

        // The only script elements are the page's own: its data blocks, its metadata and its code.
        var scripts = Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count;
        var ours = Regex.Matches(html, "<script type=\"application/json\" class=\"lint-data\">").Count + 2;
        Assert.Equal(ours, scripts);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("desk&lt;b&gt;", html, StringComparison.Ordinal);

        // The data still holds the text as it was.
        var page = HtmlPage.Read(html);
        Assert.Contains(page.Findings, f => f.RuleId == "ED9100" && f.Message.Contains("<script>alert(3)</script>", StringComparison.Ordinal));
        Assert.Contains(page.Findings, f => f.Path == "desk<b>/story.md");
    }

    [Fact]
    public void The_page_fetches_nothing()
    {
        var html = CliRun.Invoke(Repository.Root, ["check", "samples/articles", "--format", "html", .. AsOf]).Out;
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("content=\"default-src 'none';", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\s(src|srcset|poster|data|action)\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"@import|url\(|<link\b|<iframe|<object|<embed|fetch\(|XMLHttpRequest|import\(", RegexOptions.IgnoreCase), html);
        // Links go only to the rule pages.
        foreach (Match link in Regex.Matches(html, "href=\"(?<to>[^\"]*)\""))
            Assert.True(link.Groups["to"].Value.StartsWith('#') || link.Groups["to"].Value.StartsWith(Lint.LintLinks.RuleDocsBaseUri, StringComparison.Ordinal), link.Value);
    }

    [Fact]
    public void A_report_kept_beside_the_articles_is_not_linted_as_one()
    {
        using var folder = new TempFolder();
        folder.Write("news/story.md", "# Story\n\nThe harbour reopened to to boats on Monday.\n");
        folder.Write("news/page.html", "<html><body><h1>Page</h1><p>The the page is an article too.</p></body></html>\n");
        for (var run = 0; run < 2; run++)
        {
            // Written twice in place: the second run neither lints the first report nor refuses to replace it.
            var check = CliRun.Invoke(folder.Path, ["check", ".", "--format", "html", "--output", "news/report.html", .. AsOf]);
            Assert.Equal(1, check.ExitCode);
            Assert.StartsWith("2 files checked", check.Error, StringComparison.Ordinal);
        }

        Assert.Contains("2 files checked", CliRun.Invoke(folder.Path, ["check", ".", .. AsOf]).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_run_writes_the_same_page()
    {
        var first = CliRun.Invoke(Repository.Root, ["check", "samples/articles", "--format", "html", "--jobs", "1", .. AsOf]).Out;
        var second = CliRun.Invoke(Repository.Root, ["check", "samples/articles", "--format", "html", "--jobs", "3", .. AsOf]).Out;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Lint_fix_reports_what_is_left_as_a_page()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Harbour Reopens\n\nThe harbour reopened to  boats on Monday.\n");
        var run = CliRun.Invoke(folder.Path, ["fix", ".", "--format", "html", "--output", "left.html", .. AsOf]);
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        Assert.Equal("Harbour Reopens\n\nThe harbour reopened to boats on Monday.\n", File.ReadAllText(Path.Combine(folder.Path, "story.txt")));
        var page = HtmlPage.Read(File.ReadAllText(Path.Combine(folder.Path, "left.html")));
        Assert.DoesNotContain(page.Findings, f => f.RuleId == "ED2006");
    }
}

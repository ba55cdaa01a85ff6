using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lint.Testing;
using Xunit.Abstractions;

namespace Lint.Cli.Tests;

/// <summary>
/// The HTML report in a real browser (headless Chromium): the filters, driven through the page's fragment and its
/// test hook (<c>act=CONTROL:VALUE</c> sets a control and fires its event, as a reader's choice does), show exactly the
/// findings they should; hostile text shows as text; a page of 10,000 findings loads and filters. Screenshots are kept
/// in the test's output folder (bin/…/browser), and their paths printed.
/// </summary>
public sealed partial class HtmlBrowserTests(ITestOutputHelper output)
{
    private static readonly string[] AsOf = ["--as-of", "2026-11-22"];

    [GeneratedRegex("<p id=\"shown\"[^>]*data-matches=\"(?<matches>\\d+)\" data-rendered=\"(?<rendered>\\d+)\">(?<text>[^<]*)</p>")]
    private static partial Regex Shown { get; }

    [GeneratedRegex("<li class=\"finding\" data-rule=\"(?<rule>[^\"]*)\" data-severity=\"(?<severity>[^\"]*)\"(?: data-state=\"(?<state>[^\"]*)\")?>")]
    private static partial Regex Row { get; }

    /// <summary>What the browser shows: the count line and the rows rendered.</summary>
    private sealed record View(int Matches, int Rendered, string Text, IReadOnlyList<(string Rule, string Severity, string State)> Rows, string Dom)
    {
        public int Attribute(string name) =>
            int.Parse(Regex.Match(Dom, $"<html[^>]* {name}=\"(?<v>\\d+)\"").Groups["v"].Value, CultureInfo.InvariantCulture);
    }

    private static View Open(string page, string fragment = "")
    {
        var dom = Chromium.DumpDom(page, fragment);
        Assert.Contains("data-ready=\"true\"", dom, StringComparison.Ordinal);
        var shown = Shown.Match(dom);
        Assert.True(shown.Success, "the page shows no count line:\n" + dom[..Math.Min(dom.Length, 2000)]);
        var rows = Row.Matches(dom).Select(m => (m.Groups["rule"].Value, m.Groups["severity"].Value, m.Groups["state"].Value)).ToList();
        return new View(int.Parse(shown.Groups["matches"].Value, CultureInfo.InvariantCulture), int.Parse(shown.Groups["rendered"].Value, CultureInfo.InvariantCulture),
            shown.Groups["text"].Value, rows, dom);
    }

    private string Artefact(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "browser", name);
        output.WriteLine($"screenshot: {path}");
        return path;
    }

    [BrowserFact]
    public void The_filters_show_exactly_the_findings_they_select()
    {
        using var folder = HtmlReportTests.Archive();
        var run = CliRun.Invoke(folder.Path, ["check", ".", "--baseline", "baseline.sarif", "--format", "html", "--output", "report.html", .. AsOf]);
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        var file = Path.Combine(folder.Path, "report.html");
        var findings = HtmlPage.Read(File.ReadAllText(file)).Findings;

        var all = Open(file);
        Assert.Equal(findings.Count, all.Matches);
        Assert.Equal(findings.Count, all.Rows.Count);
        Assert.Equal($"Showing {findings.Count} of {findings.Count} findings", all.Text);

        void Expect(string fragment, Func<HtmlPage.Finding, bool> selected, Func<(string Rule, string Severity, string State), bool> row)
        {
            var view = Open(file, fragment);
            var expected = findings.Count(selected);
            Assert.True(expected > 0 && expected < findings.Count, $"{fragment} selects {expected} of {findings.Count}: not a test of filtering");
            Assert.Equal(expected, view.Matches);
            Assert.Equal(expected, view.Rows.Count);
            Assert.All(view.Rows, r => Assert.True(row(r), $"{fragment} shows {r}"));
            Assert.Contains($"(filtered from {findings.Count})", view.Text, StringComparison.Ordinal);
        }

        Expect("rule=ED4003", f => f.RuleId == "ED4003", r => r.Rule == "ED4003");
        Expect("severity=warning", f => f.Severity == "warning", r => r.Severity == "warning");
        Expect("folder=sport", f => f.Path.StartsWith("sport/", StringComparison.Ordinal), _ => true);
        Expect("state=absent", f => f.State == "absent", r => r.State == "absent");
        Expect("file=news/council.txt", f => f.Path == "news/council.txt", _ => true);
        Expect("state=new&severity=error", f => f.State == "new" && f.Severity == "error", r => r.State == "new" && r.Severity == "error");
        // A reader's choice in the form, through the page's hook: the select's change event.
        Expect("act=filter-rule:ED2002", f => f.RuleId == "ED2002", r => r.Rule == "ED2002");

        var clicked = Open(file, "rule=ED4003&act=filter-clear");
        Assert.Equal(findings.Count, clicked.Matches);

        Chromium.Screenshot(file, Artefact("report.png"));
        Chromium.Screenshot(file, Artefact("report-filtered.png"), "state=new");
    }

    [BrowserFact]
    public void Hostile_article_text_shows_as_text()
    {
        using var folder = new TempFolder();
        folder.Write("desk/story.md", "# Story\n\nThe the crowd chanted </script><script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\"> then left\n");
        CliRun.Invoke(folder.Path, ["check", ".", "--format", "html", "--output", "report.html", .. AsOf]);
        var view = Open(Path.Combine(folder.Path, "report.html"));
        Assert.Contains("<title>Lint report</title>", view.Dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", view.Dom, StringComparison.Ordinal);
        // The browser serialises the text nodes it made: the markup is there as text, escaped.
        Assert.Contains("&lt;/script&gt;&lt;script&gt;document.title='owned'&lt;/script&gt;", view.Dom, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void A_page_of_ten_thousand_findings_loads_and_filters()
    {
        using var folder = new TempFolder();
        // 1,000 articles in 50 desks, each with five paragraphs that repeat a word and end without a stop: 10,000 findings.
        for (var a = 0; a < 1000; a++)
        {
            var sb = new StringBuilder("Council Votes on Budget\n\n");
            for (var p = 0; p < 5; p++) sb.Append(CultureInfo.InvariantCulture, $"The council met on on Tuesday, and the mayor said the vote on budget plan {a * 5 + p} would come after a long debate about its cost\n\n");
            folder.Write($"desk{a % 50:00}/story{a:0000}.txt", sb.ToString());
        }

        var watch = Stopwatch.StartNew();
        var run = CliRun.Invoke(folder.Path, ["check", ".", "--format", "html", "--output", "report.html", .. AsOf]);
        var written = watch.Elapsed;
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        var file = Path.Combine(folder.Path, "report.html");
        var findings = HtmlPage.Read(File.ReadAllText(file)).Findings;
        Assert.Equal(10_000, findings.Count);

        var all = Open(file);
        Assert.Equal(10_000, all.Matches);
        Assert.Equal(250, all.Rendered); // rendered a page at a time
        Assert.Equal(250, all.Rows.Count);
        var filtered = Open(file, "act=filter-rule:ED4003");
        Assert.Equal(5_000, filtered.Matches);
        Assert.All(filtered.Rows, r => Assert.Equal("ED4003", r.Rule));
        var text = Open(file, "act=filter-text:plan 4242 would");
        Assert.Equal(2, text.Matches);

        // Measured, not asserted (timing belongs in benchmarks): printed for the record.
        output.WriteLine(FormattableString.Invariant(
            $"10,000 findings: page {new FileInfo(file).Length / 1024} KB written in {written.TotalMilliseconds:0} ms; load to first rows {all.Attribute("data-load-ms")} ms; filter by rule {filtered.Attribute("data-filter-ms")} ms; filter by text {text.Attribute("data-filter-ms")} ms"));
        Chromium.Screenshot(file, Artefact("report-10000.png"), "act=filter-rule:ED4003");
    }
}

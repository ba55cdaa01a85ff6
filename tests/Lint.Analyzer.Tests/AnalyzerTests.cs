using System.Text.RegularExpressions;
using Lint.Testing;
using Microsoft.CodeAnalysis;

namespace Lint.Analyzer.Tests;

/// <summary>The analyzer under CompilationWithAnalyzers: parity with lint check, configuration, custom packs, locations.</summary>
public sealed class AnalyzerTests
{
    private const string Root = "/site";
    private static readonly Dictionary<string, string> AsOf = new() { ["build_property.LintReferenceDate"] = "2026-11-22" };

    private static readonly string Council = string.Join("\n",
        "Council Approves Flood Barrier",
        "",
        "SPRINGFEILD, Ill. (AP) — The city council voted 7-2 on Tuesday to build a flood barrier.",
        "",
        "The mayor said the barrier would pay for itself within a decade",
        "",
        "© 2024 Example Media",
        "");

    [SharedFact]
    public async Task Seeds_give_exactly_what_lint_check_reports()
    {
        var seeds = Path.Combine(Repository.Shared, "seeds");
        var cli = CliRun.Invoke(seeds, "check", "--as-of", "2026-11-22", "--no-frames", ".");
        // Article findings only: problems in the built-in pack's own files are the rule tests' business.
        var expected = cli.Out.Split('\n').Where(l => Regex.IsMatch(l, @"^\d{3}_[0-9a-f]+\.txt\(\d+,\d+\): \w+ ED\d{4}: ")).ToList();
        Assert.NotEmpty(expected);

        var files = Directory.GetFiles(seeds).ToDictionary(p => p, File.ReadAllText);
        var diagnostics = await AnalyzerHost.RunAsync(files, AsOf);
        var actual = diagnostics.Select(d => AnalyzerHost.Format(d, seeds)).ToList();

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));

        // The specification by example, independent of the CLI: the core rules' findings with the text each flags, as
        // in SeedTests (the first line of 004 is a deck, on which either verdict is allowed).
        string[] coreRules = ["ED1001", "ED2001", "ED2002", "ED3001"];
        var core = diagnostics.Where(d => coreRules.Contains(d.Id))
            .Where(d => !(Path.GetFileName(d.Location.GetLineSpan().Path).StartsWith("004", StringComparison.Ordinal) && d.Location.GetLineSpan().StartLinePosition.Line == 0));
        Approvals.Verify(Render(core, files));
        Assert.Contains(actual, l => l.EndsWith("ED1001: Dateline city \"RYADH\" is not a known place; did you mean RIYADH?", StringComparison.Ordinal));
        Assert.Contains(actual, l => l.EndsWith("warning ED3001: Copyright year 2025 is out of date (the current year is 2026)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Locations_are_in_the_additional_file_with_the_engine_span()
    {
        var diagnostics = await AnalyzerHost.RunAsync(new Dictionary<string, string> { [Root + "/a.txt"] = Council }, AsOf);
        var dateline = Assert.Single(diagnostics, d => d.Id == "ED1001");
        Assert.Equal(LocationKind.ExternalFile, dateline.Location.Kind);
        Assert.Equal(Root + "/a.txt", dateline.Location.GetLineSpan().Path);
        Assert.Equal("SPRINGFEILD", Council.Substring(dateline.Location.SourceSpan.Start, dateline.Location.SourceSpan.Length));
        var span = dateline.Location.GetLineSpan();
        Assert.Equal((2, 0, 2, 11), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Equal(DiagnosticSeverity.Error, dateline.Severity);
        Assert.Equal("https://github.com/lint-news/lint/blob/main/docs/rules/ED1001.md", dateline.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task Html_articles_are_linted_with_locations_in_the_html_source()
    {
        // The same article as Council, as a CMS renders it: the findings point at the words in the HTML.
        var html = string.Join("\n",
            "<!DOCTYPE html>",
            "<html><head><title>Council Approves Flood Barrier</title><script>var x = \"no stop here\"</script></head>",
            "<body><nav><a href=\"/\">Home</a></nav>",
            "<article><h1>Council Approves Flood Barrier</h1>",
            "<p>SPRINGFEILD, Ill. (AP) &mdash; The city council voted 7-2 on Tuesday to build a flood barrier.</p>",
            "<p>The mayor said the barrier would pay for itself within a decade</p>",
            "<p>&copy; 2024 Example Media</p></article></body></html>",
            "");
        var text = await AnalyzerHost.RunAsync(new Dictionary<string, string> { [Root + "/a.txt"] = Council }, AsOf);
        foreach (var path in new[] { Root + "/a.html", Root + "/a.htm" })
        {
            var diagnostics = await AnalyzerHost.RunAsync(new Dictionary<string, string> { [path] = html }, AsOf);
            Assert.Equal(text.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
                diagnostics.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
            var dateline = Assert.Single(diagnostics, d => d.Id == "ED1001");
            Assert.Equal(path, dateline.Location.GetLineSpan().Path);
            Assert.Equal("SPRINGFEILD", html.Substring(dateline.Location.SourceSpan.Start, dateline.Location.SourceSpan.Length));
            Assert.Equal(4, dateline.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Equal(3, dateline.Location.GetLineSpan().StartLinePosition.Character);
        }
    }

    [Fact]
    public async Task Lines_break_at_CR_and_LF_only_and_columns_count_UTF16_code_units()
    {
        // U+2028 would start a new line for Roslyn's own line map; Lint, SARIF viewers and GitHub do not break there.
        var text = "Headline\n\nThe mayor\u2028said 😀 the barrier would pay for itself\n";
        var diagnostics = await AnalyzerHost.RunAsync(new Dictionary<string, string> { [Root + "/b.txt"] = text }, AsOf);
        var finding = Assert.Single(diagnostics, d => d.Id == "ED2002");
        var span = finding.Location.GetLineSpan();
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(text.IndexOf("itself", StringComparison.Ordinal) - text.IndexOf("The mayor", StringComparison.Ordinal), span.StartLinePosition.Character);
    }

    [Fact]
    public async Task Per_file_lint_severity_keys_change_or_switch_off_a_rule()
    {
        var files = new Dictionary<string, string> { [Root + "/news/a.txt"] = Council, [Root + "/opinion/a.txt"] = Council, [Root + "/brief/a.txt"] = Council };
        var diagnostics = await AnalyzerHost.RunAsync(files, AsOf, path => path.Contains("/opinion/", StringComparison.Ordinal)
            ? new Dictionary<string, string> { ["lint.ED2002.severity"] = "none" }
            : path.Contains("/brief/", StringComparison.Ordinal)
                ? new Dictionary<string, string> { ["lint.ED2002.severity"] = "suggestion", ["dotnet_diagnostic.ED1001.severity"] = "warning" }
                : new Dictionary<string, string>());
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "ED2002" && PathOf(d).Contains("/news/")).Severity);
        Assert.DoesNotContain(diagnostics, d => d.Id == "ED2002" && PathOf(d).Contains("/opinion/"));
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(diagnostics, d => d.Id == "ED2002" && PathOf(d).Contains("/brief/")).Severity);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "ED1001" && PathOf(d).Contains("/brief/")).Severity);
    }

    [Fact]
    public async Task Compilation_severity_options_apply_as_with_a_globalconfig()
    {
        var diagnostics = await AnalyzerHost.RunAsync(new Dictionary<string, string> { [Root + "/a.txt"] = Council }, AsOf,
            specific: new Dictionary<string, ReportDiagnostic> { ["ED1001"] = ReportDiagnostic.Suppress, ["ED2002"] = ReportDiagnostic.Warn });
        Assert.DoesNotContain(diagnostics, d => d.Id == "ED1001");
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "ED2002").Severity);
    }

    [Fact]
    public async Task Without_a_reference_date_time_aware_rules_do_not_run()
    {
        var files = new Dictionary<string, string> { [Root + "/a.txt"] = Council };
        Assert.DoesNotContain(await AnalyzerHost.RunAsync(files), d => d.Id == "ED3001");
        Assert.Contains(await AnalyzerHost.RunAsync(files), d => d.Id == "ED1001");

        var configured = await AnalyzerHost.RunAsync(files, perFile: _ => new Dictionary<string, string> { ["lint.reference_date"] = "2025-03-01" });
        Assert.Equal("Copyright year 2024 is out of date (the current year is 2025)", Assert.Single(configured, d => d.Id == "ED3001").GetMessage());

        // SOURCE_DATE_EPOCH (passed by MSBuild) counts; LintReferenceDate wins over lint.reference_date, like --as-of.
        var epoch = await AnalyzerHost.RunAsync(files, new Dictionary<string, string> { ["build_property.SOURCE_DATE_EPOCH"] = "1735689600" });
        Assert.Contains("(the current year is 2025)", Assert.Single(epoch, d => d.Id == "ED3001").GetMessage(), StringComparison.Ordinal);
        var both = await AnalyzerHost.RunAsync(files, AsOf, _ => new Dictionary<string, string> { ["lint.reference_date"] = "2025-03-01" });
        Assert.Contains("(the current year is 2026)", Assert.Single(both, d => d.Id == "ED3001").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_configuration_values_are_ED0012_and_the_article_is_still_linted()
    {
        var diagnostics = await AnalyzerHost.RunAsync(new Dictionary<string, string> { [Root + "/a.txt"] = Council },
            new Dictionary<string, string> { ["build_property.LintReferenceDate"] = "tomorrow" },
            _ => new Dictionary<string, string> { ["lint.ED2002.severity"] = "loud", ["lint.refrence_date"] = "2026-01-01" });
        var messages = diagnostics.Where(d => d.Id == "ED0012").Select(d => d.GetMessage()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "LintReferenceDate = tomorrow: expected a date, YYYY-MM-DD",
            "lint.ED2002.severity = loud: allowed values are error, warning, suggestion, silent, none",
            "lint.refrence_date: unknown Lint key; use lint.packs, lint.reference_date or lint.RULEID.option",
        ], messages);
        Assert.Contains(diagnostics, d => d.Id == "ED1001");
    }

    [Fact]
    public async Task Keys_with_no_rule_id_between_prefix_and_suffix_are_not_lint_keys()
    {
        var files = new Dictionary<string, string> { [Root + "/a.txt"] = Council };
        var diagnostics = await AnalyzerHost.RunAsync(files, AsOf, _ => new Dictionary<string, string> { ["lint.severity"] = "none", ["dotnet_diagnostic.severity"] = "none" });
        Assert.Contains(diagnostics, d => d.Id == "ED1001");
        Assert.DoesNotContain(diagnostics, d => d.Id == "ED0013");
    }

    [Fact]
    public async Task Lint_packs_selects_the_packs_that_apply()
    {
        var files = new Dictionary<string, string> { [Root + "/a.txt"] = Council };

        // A pack that is not loaded is reported, and the value ignored: every rule switched off without a word would pass any gate.
        var missing = await AnalyzerHost.RunAsync(files, AsOf, _ => new Dictionary<string, string> { ["lint.packs"] = "house" });
        Assert.Contains(missing, d => d.Id == "ED1001");
        Assert.Contains(missing, d => d.Id == "ED0012" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("pack 'house' is not loaded", StringComparison.Ordinal));

        files[Root + "/rules/house/HS101-utilize.yaml"] = "id: HS101\nname: utilize\ntitle: Use\nmessage: Use\nseverity: warning\ncheck:\n  kind: existence\n  tokens: [utilize]\n";
        Dictionary<string, string> Options(string path, string packs) => path.EndsWith(".yaml", StringComparison.Ordinal)
            ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.LintPack"] = "house" }
            : new Dictionary<string, string> { ["lint.packs"] = packs };
        Assert.DoesNotContain(await AnalyzerHost.RunAsync(files, AsOf, path => Options(path, "house")), d => d.Id.StartsWith("ED", StringComparison.Ordinal));
        Assert.Contains(await AnalyzerHost.RunAsync(files, AsOf, path => Options(path, "news, house")), d => d.Id == "ED1001");
    }

    [Fact]
    public async Task Project_rules_are_reported_as_ED9000_with_their_own_id_and_their_errors_at_the_rule_file()
    {
        const string rule = """
            id: HS101
            name: utilize
            title: Use "use"
            message: "Write \"use\", not \"{match}\""
            severity: warning
            check:
              kind: existence
              tokens: [utilize]
            """;
        const string broken = "id: HS102\nname: Broken\n";
        var files = new Dictionary<string, string>
        {
            [Root + "/rules/house/HS101-utilize.yaml"] = rule,
            [Root + "/rules/house/HS102-broken.yaml"] = broken,
            [Root + "/a.md"] = "# Headline\n\nOfficials utilize the barrier.\n",
        };
        var diagnostics = await AnalyzerHost.RunAsync(files, AsOf, path => path.EndsWith(".yaml", StringComparison.Ordinal)
            ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.LintPack"] = "house" }
            : path.Contains("/opinion/", StringComparison.Ordinal) ? new Dictionary<string, string>() : new Dictionary<string, string> { ["lint.HS101.severity"] = "error" });

        var custom = Assert.Single(diagnostics, d => d.Id == "ED9000");
        Assert.Equal("HS101: Write \"use\", not \"utilize\"", custom.GetMessage());
        Assert.Equal("HS101", custom.Properties["LintRuleId"]);
        Assert.Equal(DiagnosticSeverity.Error, custom.Severity);
        Assert.Equal("utilize", files[Root + "/a.md"].Substring(custom.Location.SourceSpan.Start, custom.Location.SourceSpan.Length));
        Assert.Contains(diagnostics, d => d.Id.StartsWith("ED000", StringComparison.Ordinal) && PathOf(d) == Root + "/rules/house/HS102-broken.yaml");
        Assert.DoesNotContain(diagnostics, d => PathOf(d).EndsWith("HS101-utilize.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_rule_links_to_its_own_help_page()
    {
        const string linked = """
            id: HS201
            name: utilize
            title: Use "use"
            message: "Write \"use\", not \"{match}\""
            severity: warning
            help-uri: https://style.example.org/rules/utilize
            check:
              kind: existence
              tokens: [utilize]
            """;
        const string unlinked = """
            id: HS202
            name: leverage
            title: Use "use"
            message: "Write \"use\", not \"{match}\""
            severity: warning
            check:
              kind: existence
              tokens: [leverage]
            """;
        var files = new Dictionary<string, string>
        {
            [Root + "/rules/house/HS201-utilize.yaml"] = linked,
            [Root + "/rules/house/HS202-leverage.yaml"] = unlinked,
            [Root + "/a.md"] = "# Headline\n\nOfficials utilize the barrier and leverage the grant.\n\nThe mayor said the barrier would pay for itself within a decade\n",
        };
        var diagnostics = await AnalyzerHost.RunAsync(files, AsOf, path => path.EndsWith(".yaml", StringComparison.Ordinal)
            ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.LintPack"] = "house" }
            : new Dictionary<string, string>());

        // A project rule's findings share ED9000, each with its own rule's link: the help-uri, or none without one.
        var own = diagnostics.Where(d => d.Id == "ED9000").ToDictionary(d => d.Properties["LintRuleId"]!, StringComparer.Ordinal);
        Assert.Equal("https://style.example.org/rules/utilize", own["HS201"].Descriptor.HelpLinkUri);
        Assert.Equal(string.Empty, own["HS202"].Descriptor.HelpLinkUri);
        Assert.All(own.Values, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        // A built-in rule links to its page in the docs.
        var builtIn = Assert.Single(diagnostics, d => d.Id == "ED2002");
        Assert.Equal("https://github.com/lint-news/lint/blob/main/docs/rules/ED2002.md", builtIn.Descriptor.HelpLinkUri);

        // The analyzer declares one ED9000, with the page about the analyzer.
        Assert.Equal(Lint.LintLinks.AnalyzerDocsUri, Assert.Single(AnalyzerHost.Analyzer.SupportedDiagnostics, d => d.Id == "ED9000").HelpLinkUri);
    }

    [Fact]
    public async Task Only_articles_are_linted_and_binary_text_is_ED0009()
    {
        var files = new Dictionary<string, string>
        {
            [Root + "/AnalyzerReleases.Unshipped.md"] = "no period here",
            [Root + "/PublicAPI.Shipped.txt"] = "no period here",
            [Root + "/notes.txt"] = "no period here",
            [Root + "/data.json"] = "{ }",
            [Root + "/bad.txt"] = "abc\0def",
        };
        var diagnostics = await AnalyzerHost.RunAsync(files, AsOf, path => path.EndsWith("notes.txt", StringComparison.Ordinal)
            ? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.LintKind"] = "ignore" }
            : new Dictionary<string, string>());
        var unreadable = Assert.Single(diagnostics);
        Assert.Equal("ED0009", unreadable.Id);
        Assert.Equal(Root + "/bad.txt", PathOf(unreadable));
    }

    [Fact]
    public void Every_reported_id_is_declared_with_the_rule_metadata()
    {
        var ids = AnalyzerHost.Analyzer.SupportedDiagnostics.Select(d => d.Id).ToList();
        string[] expected = [.. BuiltInRules.Catalog.Rules.Select(r => r.Id), .. Lint.Loading.EngineRules.All.Select(r => r.Id), "ED9000"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        var ed2002 = AnalyzerHost.Analyzer.SupportedDiagnostics.Single(d => d.Id == "ED2002");
        Assert.Equal("Paragraph ends without terminal punctuation", ed2002.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Error, ed2002.DefaultSeverity);
        Assert.False(string.IsNullOrEmpty(ed2002.Description.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string PathOf(Diagnostic d) => d.Location.GetLineSpan().Path;

    /// <summary>
    /// The findings file by file, each with the text it flags and a few words around it (at most 20 characters each
    /// side, a long span or quotation shortened to 24: the seeds' text stays in ../shared).
    /// </summary>
    private static string Render(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> files)
    {
        var sb = new System.Text.StringBuilder();
        var byFile = diagnostics.ToLookup(PathOf);
        foreach (var (path, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            sb.Append(Path.GetFileName(path)).Append('\n');
            var lines = byFile[path]
                .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Location.SourceSpan.End).ThenBy(d => d.Id, StringComparer.Ordinal)
                .Select(d => FindingText.Line(text, d.Id, new Lint.Text.TextSpan(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length),
                    d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), context: 20, width: 24));
            foreach (var line in lines) sb.Append("  ").Append(line).Append('\n');
        }

        return sb.ToString();
    }
}

using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Lint.Analyzer.Tests;

/// <summary>
/// The package's code fixes on articles (AdditionalDocuments): every fix of a finding offered, preferred first, titled
/// with its description; a picked one changes only the replaced characters; fix all applies the preferred ones.
/// </summary>
public sealed class CodeFixTests
{
    private const string AsOf = "build_property.LintReferenceDate = 2026-11-22\n";

    private static readonly string Riyadh = string.Join("\n",
        "Talks Resume in Saudi Capital",
        "",
        "RYADH, Saudi Arabia (AP) — Negotiators met again on Tuesday.",
        "");

    private static readonly string Council = string.Join("\n",
        "Council Approves Flood Barrier",
        "",
        "SPRINGFIELD, Ill. (AP) — The city council voted 7-2 on Tuesday to build a flood barrier.",
        "",
        "The mayor said the barrier would pay for itself within a decade",
        "");

    [Fact]
    public async Task The_dateline_city_fix_replaces_the_misspelling()
    {
        using var host = new FixHost(new Dictionary<string, SourceText> { ["news/riyadh.txt"] = SourceText.From(Riyadh, Encoding.UTF8) }, AsOf);
        var diagnostic = await host.DiagnosticAsync("news/riyadh.txt", "ED1001");
        // The properties carry the fix as docs/analyzer.md describes it: description, then start, length and new text.
        var start = Riyadh.IndexOf("RYADH", StringComparison.Ordinal);
        Assert.Equal($"25,Replace RYADH with RIYADH{start},5,6,RIYADH", diagnostic.Properties["LintFix0"]);
        Assert.False(diagnostic.Properties.ContainsKey("LintFix1"));

        var action = Assert.Single(await host.ActionsAsync(diagnostic));
        Assert.Equal("Replace RYADH with RIYADH", action.Title);
        Assert.Equal("Lint.Fix.ED1001.0", action.EquivalenceKey);
        await host.ApplyAsync(action);

        Assert.Equal(Riyadh.Replace("RYADH,", "RIYADH,", StringComparison.Ordinal), (await host.TextAsync("news/riyadh.txt")).ToString());
        Assert.DoesNotContain(await host.DiagnosticsAsync(), d => d.Id == "ED1001");
    }

    [Fact]
    public async Task The_missing_final_period_is_inserted_after_the_last_word()
    {
        using var host = new FixHost(new Dictionary<string, SourceText> { ["council.txt"] = SourceText.From(Council, Encoding.UTF8) }, AsOf);
        var action = await host.FixAsync("council.txt", "ED2002");
        Assert.Equal("End the paragraph with a period", action.Title);
        Assert.Equal(Council.Replace("within a decade\n", "within a decade.\n", StringComparison.Ordinal), (await host.TextAsync("council.txt")).ToString());
        Assert.DoesNotContain(await host.DiagnosticsAsync(), d => d.Id == "ED2002");
    }

    [Fact]
    public async Task Every_alternative_is_offered_in_order_and_the_picked_one_is_applied()
    {
        // A project rule with two suggested spellings: ED9000, fixes in the rule's order.
        const string rule = """
            id: HS301
            name: judgement
            title: House spelling
            message: "Write {expected}, not \"{match}\""
            severity: warning
            check:
              kind: substitution
              swap:
                judgement: [judgment, ruling]
            """;
        var article = "Court Rules on Barrier\n\nThe judgement surprised the council.\n";
        var files = new Dictionary<string, SourceText>
        {
            ["rules/house/HS301-judgement.yaml"] = SourceText.From(rule, Encoding.UTF8),
            ["a.md"] = SourceText.From(article, Encoding.UTF8),
        };
        using var host = new FixHost(files, AsOf + "\n[/site/rules/house/HS301-judgement.yaml]\nbuild_metadata.AdditionalFiles.LintPack = house\n");
        var diagnostic = await host.DiagnosticAsync("a.md", "ED9000");
        Assert.Equal("HS301", diagnostic.Properties["LintRuleId"]);

        var actions = await host.ActionsAsync(diagnostic);
        Assert.Equal(["Replace judgement with judgment", "Replace judgement with ruling"], actions.Select(a => a.Title));
        Assert.Equal(["Lint.Fix.ED9000.0", "Lint.Fix.ED9000.1"], actions.Select(a => a.EquivalenceKey));
        await host.ApplyAsync(actions[1]);
        Assert.Equal(article.Replace("judgement", "ruling", StringComparison.Ordinal), (await host.TextAsync("a.md")).ToString());

        // Fix all takes part only from a finding's preferred fix: an alternative is a choice made once.
        using var again = new FixHost(files, AsOf + "\n[/site/rules/house/HS301-judgement.yaml]\nbuild_metadata.AdditionalFiles.LintPack = house\n");
        Assert.Null(await again.FixAllAsync(FixAllScope.Project, "Lint.Fix.ED9000.1", ["ED9000"]));

        // With two suggestions neither is certain: each is offered, but fix all (as lint fix without --unsafe-fixes)
        // leaves the finding as it is.
        Assert.StartsWith("unsafe;", diagnostic.Properties["LintFix0"], StringComparison.Ordinal);
        if (await again.FixAllAsync(FixAllScope.Project, "Lint.Fix.ED9000.0", ["ED9000"]) is { } all) await again.ApplyAsync(all);
        Assert.Equal(article, (await again.TextAsync("a.md")).ToString());
    }

    [Fact]
    public async Task A_Markdown_article_keeps_its_front_matter_line_endings_and_byte_order_mark()
    {
        var article = string.Join("\r\n",
            "---",
            "title: Talks resume",
            "tags: [world, RYADH]",
            "---",
            "",
            "# Talks Resume in Saudi Capital",
            "",
            "RYADH, Saudi Arabia (AP) — Negotiators met again on Tuesday.",
            "",
            "The envoy said a deal was close",
            "");
        using var host = new FixHost(new Dictionary<string, SourceText> { ["talks.md"] = FixHost.Utf8(article) }, AsOf);
        await host.FixAsync("talks.md", "ED1001");
        await host.FixAsync("talks.md", "ED2002");

        var expected = article
            .Replace("\r\nRYADH, Saudi", "\r\nRIYADH, Saudi", StringComparison.Ordinal)
            .Replace("deal was close\r\n", "deal was close.\r\n", StringComparison.Ordinal);
        var text = await host.TextAsync("talks.md");
        Assert.Equal(expected, text.ToString());
        // Byte for byte as the IDE saves it: the encoding (with its BOM) is the document's, the CRLFs and front matter untouched.
        Assert.Equal([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(expected)], Bytes(text));
        Assert.Equal(SourceHashAlgorithm.Sha1, text.ChecksumAlgorithm);
    }

    [Fact]
    public async Task Fix_all_applies_the_preferred_fix_of_every_finding_in_every_article_once()
    {
        var second = "Barrier Opens\n\nRYADH, Saudi Arabia (AP) — The barrier opened on Monday\n";
        var files = new Dictionary<string, SourceText>
        {
            ["a.txt"] = SourceText.From(Council, Encoding.UTF8),
            ["b.txt"] = SourceText.From(second, Encoding.UTF8),
            ["c.txt"] = SourceText.From(Riyadh, Encoding.UTF8),
        };
        using var host = new FixHost(files, AsOf);
        var fixAll = await host.FixAllAsync(FixAllScope.Project, "Lint.Fix.ED2002.0", ["ED2002"]);
        Assert.NotNull(fixAll);
        Assert.Equal("Apply Lint's preferred fixes in the project", fixAll.Title);
        await host.ApplyAsync(fixAll);

        // Only the rule fix all was started for; each article's own findings of it, nothing else.
        Assert.Equal(Council.Replace("within a decade\n", "within a decade.\n", StringComparison.Ordinal), (await host.TextAsync("a.txt")).ToString());
        Assert.Equal(second.Replace("on Monday\n", "on Monday.\n", StringComparison.Ordinal), (await host.TextAsync("b.txt")).ToString());
        Assert.Equal(Riyadh, (await host.TextAsync("c.txt")).ToString());
        Assert.DoesNotContain(await host.DiagnosticsAsync(), d => d.Id == "ED2002");

        var both = await host.FixAllAsync(FixAllScope.Solution, "Lint.Fix.ED1001.0", ["ED1001"]);
        await host.ApplyAsync(both!);
        Assert.Equal(second.Replace("RYADH", "RIYADH", StringComparison.Ordinal).Replace("on Monday\n", "on Monday.\n", StringComparison.Ordinal), (await host.TextAsync("b.txt")).ToString());
        Assert.Equal(Riyadh.Replace("RYADH", "RIYADH", StringComparison.Ordinal), (await host.TextAsync("c.txt")).ToString());
    }

    [Fact]
    public async Task Fix_all_skips_a_fix_that_overlaps_one_applied_before_it_whatever_the_order_of_the_findings()
    {
        // Findings made by hand: two insertions at one offset and a replacement across the first; the first in text
        // order, then rule ID, wins; the same result whichever order the host lists them in.
        const string text = "One two three\n";
        using var host = new FixHost(new Dictionary<string, SourceText> { ["a.txt"] = SourceText.From(text, Encoding.UTF8) });
        Diagnostic Finding(string id, int start, int length, string fix) => Diagnostic.Create(
            new DiagnosticDescriptor(id, "t", "m", "c", DiagnosticSeverity.Warning, isEnabledByDefault: true),
            Location.Create(FixHost.Root + "/a.txt", new TextSpan(start, length), new LinePositionSpan(new LinePosition(0, start), new LinePosition(0, start + length))),
            ImmutableDictionary<string, string?>.Empty.Add("LintFix0", fix));
        ImmutableArray<Diagnostic> findings =
        [
            Finding("ED2002", 13, 0, "1,x13,0,1,."),
            Finding("ED2001", 13, 0, "1,y13,0,1,!"),
            Finding("ED1001", 0, 3, "1,z0,3,3,Uno"),
            Finding("ED1002", 2, 3, "1,w2,3,1,-"),
            Finding("ED1003", 4, 3, "broken"),
        ];
        string[] ids = ["ED1001", "ED1002", "ED1003", "ED2001", "ED2002"];
        var forward = await host.FixAllAsync(FixAllScope.Project, "Lint.Fix.ED2002.0", ids, findings);
        var backward = await host.FixAllAsync(FixAllScope.Project, "Lint.Fix.ED2002.0", ids, [.. findings.Reverse()]);
        await host.ApplyAsync(backward!);
        Assert.Equal("Uno two three!\n", (await host.TextAsync("a.txt")).ToString());
        using var other = new FixHost(new Dictionary<string, SourceText> { ["a.txt"] = SourceText.From(text, Encoding.UTF8) });
        await other.ApplyAsync((await other.FixAllAsync(FixAllScope.Project, "Lint.Fix.ED2002.0", ids, findings))!);
        Assert.Equal("Uno two three!\n", (await other.TextAsync("a.txt")).ToString());
        Assert.NotNull(forward);
    }

    [Fact]
    public async Task A_fix_whose_span_no_longer_fits_the_text_changes_nothing()
    {
        using var host = new FixHost(new Dictionary<string, SourceText> { ["council.txt"] = SourceText.From(Council, Encoding.UTF8) }, AsOf);
        var diagnostic = await host.DiagnosticAsync("council.txt", "ED2002");
        var stale = Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, diagnostic.Severity, null,
            ImmutableDictionary<string, string?>.Empty.Add("LintFix0", $"5,Stale{Council.Length + 5},0,1,."));
        var action = Assert.Single(await host.ActionsAsync(stale));
        await host.ApplyAsync(action);
        Assert.Equal(Council, (await host.TextAsync("council.txt")).ToString());
    }

    [Fact]
    public void The_provider_fixes_every_rule_the_analyzer_reports_but_the_engine_s()
    {
        var reported = AnalyzerHost.Analyzer.SupportedDiagnostics.Select(d => d.Id).Where(id => !id.StartsWith("ED0", StringComparison.Ordinal));
        Assert.Equal(reported.Order(StringComparer.Ordinal), AnalyzerHost.CodeFix.FixableDiagnosticIds.Order(StringComparer.Ordinal));
        Assert.Equal([FixAllScope.Project, FixAllScope.Solution], AnalyzerHost.CodeFix.GetFixAllProvider()!.GetSupportedFixAllScopes());
        var export = Assert.Single(AnalyzerHost.CodeFix.GetType().GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), inherit: false).Cast<ExportCodeFixProviderAttribute>());
        Assert.Equal([nameof(TextDocumentKind.AdditionalDocument)], export.DocumentKinds);
    }

    [Fact]
    public async Task The_testing_library_does_not_offer_fixes_in_additional_files()
    {
        // Microsoft.CodeAnalysis.Testing 1.1.4 verifies the analyzer's diagnostics in an additional file, but its fix
        // loop keeps only diagnostics whose location has a syntax tree of the project (roslyn-sdk#579, after #578) and
        // builds CodeFixContext over a Document: the provider is never asked, so the expected text is never reached.
        var test = new LibraryTest
        {
            TestState =
            {
                Sources = { "class Site { }" },
                AdditionalFiles = { ("/site/council.txt", Council) },
                AnalyzerConfigFiles = { ("/site/.globalconfig", "is_global = true\n" + AsOf) },
                ExpectedDiagnostics = { new DiagnosticResult("ED2002", DiagnosticSeverity.Error).WithSpan("/site/council.txt", 5, 58, 5, 64).WithArguments("Paragraph ends without terminal punctuation after \"decade\"") },
            },
            FixedState =
            {
                AdditionalFiles = { ("/site/council.txt", Council.Replace("within a decade\n", "within a decade.\n", StringComparison.Ordinal)) },
            },
        };
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => test.RunAsync());
        Assert.Contains("content of '/site/council.txt' did not match", failure.Message, StringComparison.Ordinal);
    }

    private static byte[] Bytes(SourceText text)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, text.Encoding!, leaveOpen: true)) text.Write(writer);
        return stream.ToArray();
    }

    /// <summary>The library's C# code-fix test with the package's analyzer and provider (loaded as the IDE loads them).</summary>
    private sealed class LibraryTest : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
    {
        public LibraryTest()
        {
            // No download of reference packs: the running framework's core library is enough for "class Site { }".
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
            CompilerDiagnostics = CompilerDiagnostics.None;
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [AnalyzerHost.Analyzer];

        protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => [AnalyzerHost.CodeFix];
    }
}

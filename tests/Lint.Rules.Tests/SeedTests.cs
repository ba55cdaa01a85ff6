using Lint.Diagnostics;
using Lint.Testing;
using Lint.Text;

namespace Lint.Rules.Tests;

/// <summary>
/// The five real seed articles are the specification by example: the core rules find exactly the errors they hold
/// and nothing else. The approvals show each finding with a few words around the text it flags (the seeds' text
/// itself stays in ../shared).
/// </summary>
public sealed class SeedTests
{
    private static readonly string[] CoreRules = ["ED1001", "ED2001", "ED2002", "ED3001"];

    /// <summary>
    /// The core rules over the seeds: the misspelt dateline city of 000, 001 and 002, the paragraphs that lost their
    /// period, and the stale copyright year of 002.
    /// </summary>
    [SharedFact]
    public void Core_findings_over_the_seeds_are_exactly_the_known_errors()
    {
        // The first line of 004 is a deck; the issue allows either verdict on it.
        Approvals.Verify(Render(d => CoreRules.Contains(d.RuleId), skipFirstLineOf004: true));
    }

    /// <summary>
    /// The newsroom pack over the seeds: each error the copy chief would mark, and nothing else at warning or error
    /// level. The link blocks of 000 and 002 print every teaser headline twice (ED5002).
    /// </summary>
    [SharedFact]
    public void Newsroom_pack_findings_over_the_seeds_are_exactly_the_known_errors()
    {
        Approvals.Verify(Render(d => !CoreRules.Contains(d.RuleId) && d.Severity >= Severity.Warning, skipFirstLineOf004: false));
    }

    [SharedFact]
    public void Dateline_finding_suggests_the_city_and_fixes_it()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Shared, "seeds", "000_034733cdb5ec2044.txt"));
        var finding = Assert.Single(BuiltInRules.Lint(text), d => d.RuleId == "ED1001");
        Assert.Equal("Dateline city \"RYADH\" is not a known place; did you mean RIYADH?", finding.Message);
        Assert.Equal("RYADH", new SourceText(text)[finding.Span]);
        var fixedText = finding.Fixes[0].ApplyTo(text);
        Assert.Equal("⟦RIYADH⟧/ISTANBUL/BUDAPEST (Worthy News) –…", FindingText.Mark(fixedText, new TextSpan(finding.Span.Start, "RIYADH".Length), context: 35));
        Assert.DoesNotContain(BuiltInRules.Lint(fixedText), d => d.RuleId == "ED1001");
    }

    [SharedFact]
    public void Missing_period_fixes_end_the_paragraph()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Shared, "seeds", "001_83127dc55bce4d85.txt"));
        var findings = BuiltInRules.Lint(text).Where(d => d.RuleId == "ED2002").ToList();
        var fixedText = new Fix("all", [.. findings.SelectMany(f => f.Fixes[0].Replacements)]).ApplyTo(text);
        Assert.Contains("Lavrov stressed.\n", fixedText, StringComparison.Ordinal);
        Assert.Contains("Dmitry Peskov said.\n", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(BuiltInRules.Lint(fixedText), d => d.RuleId == "ED2002");
    }

    /// <summary>
    /// The findings <paramref name="include"/> selects, seed by seed, each with the text it flags and a few words
    /// around it (at most 20 characters each side; a long span or quotation shortened to 24).
    /// </summary>
    private static string Render(Func<LintDiagnostic, bool> include, bool skipFirstLineOf004)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var path in Directory.GetFiles(Path.Combine(Repository.Shared, "seeds")).OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var source = new SourceText(File.ReadAllText(path), name);
            var findings = BuiltInRules.Lint(source.Text, name).Where(include)
                .Where(d => !(skipFirstLineOf004 && name.StartsWith("004", StringComparison.Ordinal) && d.Location.Start.Line == 1));
            sb.Append(name).Append('\n');
            foreach (var line in FindingText.Lines(source, findings, context: 20, width: 24)) sb.Append("  ").Append(line).Append('\n');
        }

        return sb.ToString();
    }
}

using Lint.Testing;
using Lint.Text;

namespace Lint.Rules.Tests;

/// <summary>
/// The five real seed articles are the specification by example: the core rules find exactly the errors they hold
/// (file prefix:line) and nothing else.
/// </summary>
public sealed class SeedTests
{
    private static readonly string[] CoreRules = ["ED1001", "ED2001", "ED2002", "ED3001"];

    [Fact]
    public void Core_findings_over_the_seeds_are_exactly_the_known_errors()
    {
        var expected = new[]
        {
            "ED1001 000:5", "ED1001 001:3", "ED1001 002:5",
            "ED2002 000:37", "ED2002 000:39", "ED2002 001:19", "ED2002 001:20", "ED2002 002:37", "ED2002 002:39",
            "ED3001 002:51",
        };

        var actual = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Repository.Shared, "seeds")).OrderBy(p => p, StringComparer.Ordinal))
        {
            var prefix = Path.GetFileName(path).Substring(0, 3);
            foreach (var d in BuiltInRules.Lint(File.ReadAllText(path), Path.GetFileName(path)))
            {
                if (!CoreRules.Contains(d.RuleId)) continue;

                // The first line of 004 is a deck; the issue allows either verdict on it.
                if (prefix == "004" && d.Location.Start.Line == 1) continue;
                actual.Add($"{d.RuleId} {prefix}:{d.Location.Start.Line}");
            }
        }

        Assert.Equal(expected.OrderBy(x => x, StringComparer.Ordinal), actual.OrderBy(x => x, StringComparer.Ordinal));
    }

    /// <summary>
    /// The newsroom pack over the seeds: each error the copy chief would mark, on its line, and nothing else at
    /// warning or error level. The link blocks of 000 and 002 print every teaser headline twice (ED5002).
    /// </summary>
    [Fact]
    public void Newsroom_pack_findings_over_the_seeds_are_exactly_the_known_errors()
    {
        var expected = new[]
        {
            "ED1002 000:3", "ED4001 000:25", "ED5002 000:56", "ED5002 000:62", "ED5002 000:68", "ED5002 000:74", "ED5002 000:80",
            "ED5002 000:86", "ED5002 000:92",
            "ED5001 001:2", "ED1002 001:2", "ED4001 001:13",
            "ED1002 002:3", "ED4001 002:25", "ED5002 002:56", "ED5002 002:62", "ED5002 002:68", "ED5002 002:74", "ED5002 002:80",
            "ED5002 002:86", "ED5002 002:92", "ED2004 002:95",
            "ED5003 003:1", "ED1002 003:5", "ED1002 003:5", "ED5003 003:45", "ED5003 003:47", "ED2005 003:47",
            "ED2003 004:13", "ED2003 004:15",
        };

        var actual = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Repository.Shared, "seeds")).OrderBy(p => p, StringComparer.Ordinal))
        {
            var prefix = Path.GetFileName(path).Substring(0, 3);
            actual.AddRange(BuiltInRules.Lint(File.ReadAllText(path), Path.GetFileName(path))
                .Where(d => !CoreRules.Contains(d.RuleId) && d.Severity >= Lint.Rules.Severity.Warning)
                .Select(d => $"{d.RuleId} {prefix}:{d.Location.Start.Line}"));
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dateline_finding_suggests_the_city_and_fixes_it()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Shared, "seeds", "000_034733cdb5ec2044.txt"));
        var finding = Assert.Single(BuiltInRules.Lint(text), d => d.RuleId == "ED1001");
        Assert.Equal("Dateline city \"RYADH\" is not a known place; did you mean RIYADH?", finding.Message);
        Assert.Equal("RYADH", new SourceText(text)[finding.Span]);
        var fixedText = finding.Fixes[0].ApplyTo(text);
        Assert.StartsWith("RIYADH/ISTANBUL/BUDAPEST (Worthy News) –", fixedText.Split('\n')[4]);
        Assert.DoesNotContain(BuiltInRules.Lint(fixedText), d => d.RuleId == "ED1001");
    }

    [Fact]
    public void Missing_period_fixes_end_the_paragraph()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Shared, "seeds", "001_83127dc55bce4d85.txt"));
        var findings = BuiltInRules.Lint(text).Where(d => d.RuleId == "ED2002").ToList();
        var fixedText = new Lint.Diagnostics.Fix("all", [.. findings.SelectMany(f => f.Fixes[0].Replacements)]).ApplyTo(text);
        var lines = fixedText.Split('\n');
        Assert.EndsWith("Lavrov stressed.", lines[18]);
        Assert.EndsWith("Dmitry Peskov said.", lines[19]);
        Assert.DoesNotContain(BuiltInRules.Lint(fixedText), d => d.RuleId == "ED2002");
    }
}

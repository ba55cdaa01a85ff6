using System.Text;
using Lint.Testing;
using Lint.Text;

namespace Lint.Rules.Tests;

/// <summary>
/// Whole articles with their expected findings marked inline (see tests/fixtures/README.md): every .txt and .md file
/// in tests/fixtures/articles is found without being listed, linted with the built-in rules as of
/// <see cref="BuiltInRules.SeedDate"/>, and must give exactly the findings its marks name, rule and span.
/// </summary>
public sealed class FixtureTests
{
    private static string Folder => Repository.PathOf("tests", "fixtures", "articles");

    /// <summary>The fixture files, by name.</summary>
    public static TheoryData<string> Fixtures() => new(Names());

    private static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .Select(p => Path.GetFileName(p)!)
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Findings_are_the_spans_the_fixture_marks(string name)
    {
        var (text, expected) = FixtureMarkup.Parse(File.ReadAllText(Path.Combine(Folder, name)));
        var source = new SourceText(text, name);
        var findings = BuiltInRules.Lint(text, name).Where(d => d.Suppression is null).ToList();
        var actual = findings.Select(d => new ExpectedFinding(d.RuleId, d.Span))
            .OrderBy(f => f.Span.Start).ThenBy(f => f.Span.End).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        if (expected.SequenceEqual(actual)) return;

        var report = new StringBuilder($"{name}: the findings differ from the marks.\n");
        var missing = expected.Except(actual).ToList();
        if (missing.Count > 0)
        {
            report.Append("Marked but not found:\n");
            foreach (var f in missing) report.Append("  ").Append(FindingText.Line(text, f.RuleId, f.Span, string.Empty).TrimEnd()).Append('\n');
        }

        var unexpected = findings.Where(d => !expected.Contains(new ExpectedFinding(d.RuleId, d.Span))).ToList();
        if (unexpected.Count > 0)
        {
            report.Append("Found but not marked:\n");
            foreach (var line in FindingText.Lines(source, unexpected)) report.Append("  ").Append(line).Append('\n');
        }

        report.Append("The article marked with what was found:\n").Append(FixtureMarkup.Mark(text, actual));
        Assert.Fail(report.ToString());
    }

    [Fact]
    public void The_fixtures_are_articles_of_both_formats()
    {
        var names = Names().ToList();
        Assert.Contains(names, n => n.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void The_marks_name_their_rules_and_read_back_as_written()
    {
        const string marked = "The [ED4003|the the|] vote, [ED1002,ED1003|by|] then[ED2002||]";
        var (text, findings) = FixtureMarkup.Parse(marked);
        Assert.Equal("The the the vote, by then", text);
        Assert.Equal(["ED4003 the the", "ED1002 by", "ED1003 by", "ED2002 "], findings.Select(f => f.RuleId + " " + text.Substring(f.Span.Start, f.Span.Length)));
        Assert.Equal(marked, FixtureMarkup.Mark(text, findings));
        Assert.Throws<FormatException>(() => FixtureMarkup.Parse("A mark [|without|] a rule."));
        Assert.Throws<FormatException>(() => FixtureMarkup.Parse("A mark [ED2002|left open."));
    }
}

using System.Text.Json;
using CsCheck;
using Lint.Testing;

namespace Lint.Fuzz.Tests;

/// <summary>
/// Nothing is lost: a hostile input next to a control article (an article, an .editorconfig, a rule pack or a
/// baseline) never changes the control's findings, never crashes `lint check`, and gives the documented exit code:
/// 2 exactly when something could not be read or loaded, else 1 for the control's errors (0 or 1 with a baseline).
/// </summary>
public sealed class CliPropertyTests
{
    private static readonly string[] Common = ["check", ".", "--format", "json", "--as-of", "2026-11-22", "--jobs", "2"];

    private static readonly Lazy<string[]> Expected = new(() =>
    {
        using var folder = new TempFolder();
        Write(folder);
        var run = CliRun.Invoke(folder.Path, Common);
        Assert.Equal(1, run.ExitCode);
        return ControlFindings(run.Out);
    });

    private static readonly Lazy<HashSet<string>> BuiltInIds = new(() => [.. RulesFolder.Shared.Catalog.Rules.Select(r => r.Id)]);

    private static void Write(TempFolder folder)
    {
        folder.Write(".editorconfig", "root = true\n");
        folder.Write("control.txt", Probe.PlainText);
    }

    /// <summary>The control article's findings from the built-in rules, one line each.</summary>
    private static string[] ControlFindings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var control = document.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "control.txt");
        return
        [
            .. control.GetProperty("diagnostics").EnumerateArray()
                .Where(d => BuiltInIds.Value.Contains(d.GetProperty("ruleId").GetString()!))
                .Select(d => string.Join("|", d.GetProperty("ruleId").GetString(), d.GetProperty("line"), d.GetProperty("column"),
                    d.GetProperty("endLine"), d.GetProperty("endColumn"), d.GetProperty("message").GetString())),
        ];
    }

    private static int Notifications(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("notifications").GetArrayLength();
    }

    private static readonly Gen<(int Kind, string Text)> Hostile = Gen.Frequency(
        (3, ArticleGen.Any.Select(t => (0, t))),
        (2, ConfigGen.Any.Select(t => (1, t))),
        (2, RuleGen.Any.Select(t => (2, t))),
        (2, SarifGen.Any.Select(t => (3, t))));

    [Fact]
    public void A_hostile_input_never_loses_the_findings_of_a_control_article_nor_changes_the_exit_code_rules()
    {
        var expected = Expected.Value;
        Hostile.Sample(hostile => Bounded.Run(() =>
        {
            using var folder = new TempFolder();
            Write(folder);
            string[] args = Common;
            switch (hostile.Kind)
            {
                case 0:
                    folder.Write("hostile.md", hostile.Text);
                    folder.Write("hostile.txt", hostile.Text);
                    break;
                case 1:
                    folder.Write("hostile/.editorconfig", hostile.Text);
                    folder.Write("hostile/story.txt", Probe.PlainText);
                    break;
                case 2:
                    folder.Write("pack/rule.yaml", hostile.Text);
                    args = [.. Common, "--rules", "pack"];
                    break;
                default:
                    folder.Write("baseline.sarif", hostile.Text);
                    args = [.. Common, "--baseline", "baseline.sarif"];
                    break;
            }

            var run = CliRun.Invoke(folder.Path, args);
            if (hostile.Kind == 3 && run.ExitCode == 2 && run.Out.Length == 0)
            {
                // A baseline Lint cannot read is a bad argument: a message, no report, nothing linted.
                Assert.StartsWith("lint: the baseline 'baseline.sarif' is ", run.Error, StringComparison.Ordinal);
                return;
            }

            Assert.Equal(expected, ControlFindings(run.Out));
            var problems = Notifications(run.Out);
            if (problems > 0) Assert.Equal(2, run.ExitCode);
            else if (hostile.Kind == 3) Assert.InRange(run.ExitCode, 0, 1);
            else Assert.Equal(1, run.ExitCode);
        }, "lint check"), iter: Budget.Iterations(40), threads: 1, print: h => $"kind {h.Kind}:\n{h.Text}");
    }
}

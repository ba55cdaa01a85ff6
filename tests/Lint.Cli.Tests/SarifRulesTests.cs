using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lint.Reporting;
using Lint.Rules;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// The SARIF driver lists every rule evaluated, with its metadata. That list is checked here against the loaded rules
/// rather than approved, so that adding a rule file changes no approved output: the approved SARIF logs keep only the
/// rules their results refer to (<see cref="WithOnlyTheRulesOfItsResults"/>).
/// </summary>
public sealed class SarifRulesTests
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    [Fact]
    public void Every_loaded_rule_is_in_the_driver_with_its_metadata()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Council Approves Budget\n\nThe council met on Tuesday and voted on the plan.\n");
        var run = CliRun.Invoke(folder.Path, "check", "story.txt", "--format", "sarif", "--as-of", "2026-11-22");
        Assert.Equal(0, run.ExitCode);
        using var log = JsonDocument.Parse(run.Out);
        var driver = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var listed = driver.GetProperty("rules").EnumerateArray().ToList();

        // The rules of the built-in pack in ID order, then the one engine rule a result can carry (a check that failed).
        var expected = BuiltInRules.Catalog.Rules.Select(r => r.Descriptor).OrderBy(r => r.Id, StringComparer.Ordinal)
            .Append(Lint.Loading.EngineRules.CheckFailed).ToList();
        Assert.Equal(expected.Select(r => r.Id), listed.Select(r => r.GetProperty("id").GetString()));

        foreach (var (rule, entry) in expected.Zip(listed))
        {
            var helpUri = LintLinks.RuleDocsBaseUri + rule.Id + ".md";
            var description = RuleText.Sentence(rule.Description.Length > 0 ? rule.Description : rule.Title);
            Assert.Equal(RuleText.PascalName(rule), entry.GetProperty("name").GetString());
            Assert.Equal(RuleText.Sentence(rule.Title), Text(entry, "shortDescription"));
            if (description.Length <= 1024) Assert.Equal(description, Text(entry, "fullDescription"));
            Assert.Equal(helpUri, entry.GetProperty("helpUri").GetString());
            Assert.Equal($"{description} Documentation: {helpUri}", entry.GetProperty("help").GetProperty("text").GetString());
            Assert.Contains($"[{rule.Id} {rule.Name}]({helpUri})", entry.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);

            var configuration = entry.GetProperty("defaultConfiguration");
            Assert.Equal(rule.DefaultSeverity.ToSarifLevel(), configuration.GetProperty("level").GetString());
            Assert.Equal(rule.EnabledByDefault, !configuration.TryGetProperty("enabled", out var enabled) || enabled.GetBoolean());

            var properties = entry.GetProperty("properties");
            Assert.Equal(rule.Category, properties.GetProperty("category").GetString());
            Assert.Equal(rule.Precision, properties.GetProperty("precision").GetString());
            var tags = properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList();
            Assert.Equal(new[] { "editorial", rule.Category }, tags.Take(2));
            Assert.Subset(tags.ToHashSet(), rule.Tags.Take(8).ToHashSet());
        }

        static string? Text(JsonElement rule, string name) => rule.GetProperty(name).GetProperty("text").GetString();
    }

    /// <summary>
    /// The log with its driver's rules cut down to those its results refer to, in the same order, and each result's
    /// <c>ruleIndex</c> renumbered to match (after checking that it pointed at its rule): what the run is about, not the
    /// whole catalogue, so a new rule file leaves the approval alone.
    /// </summary>
    internal static string WithOnlyTheRulesOfItsResults(string sarif)
    {
        var log = JsonNode.Parse(sarif)!;
        foreach (var run in log["runs"]!.AsArray())
        {
            var rules = run!["tool"]!["driver"]!["rules"]!.AsArray();
            var results = run["results"]!.AsArray();
            foreach (var result in results)
            {
                var index = result!["ruleIndex"]!.GetValue<int>();
                Assert.Equal(result["ruleId"]!.GetValue<string>(), rules[index]!["id"]!.GetValue<string>());
            }

            var used = results.Select(r => r!["ruleIndex"]!.GetValue<int>()).Distinct().Order().ToList();
            var renumbered = used.Select((old, i) => (old, i)).ToDictionary(p => p.old, p => p.i);
            foreach (var result in results) result!["ruleIndex"] = renumbered[result["ruleIndex"]!.GetValue<int>()];
            run["tool"]!["driver"]!["rules"] = new JsonArray([.. used.Select(i => rules[i]!.DeepClone())]);
        }

        return log.ToJsonString(Indented) + (sarif.EndsWith('\n') ? "\n" : string.Empty);
    }
}

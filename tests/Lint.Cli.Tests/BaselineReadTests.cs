using System.Text;
using System.Text.Json.Nodes;
using Lint.Reporting;
using Lint.Testing;
using Lint.Text;

namespace Lint.Cli.Tests;

/// <summary>
/// A baseline that is JSON but not a SARIF log Lint wrote (ESLint's array, parts of the wrong type, regions no SARIF
/// log may hold, nesting ten thousand deep) is refused with one sentence naming the place, never an exception's
/// stack or a region copied into the output unchecked.
/// </summary>
public sealed class BaselineReadTests
{
    /// <summary>A result as Lint writes it, the template the bad shapes are made from.</summary>
    private const string Valid = """
        {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"Lint"}},"results":[{"ruleId":"ED2002","level":"error",
        "message":{"text":"Paragraph ends without terminal punctuation after \"cost\"."},
        "locations":[{"physicalLocation":{"artifactLocation":{"uri":"news/flood%20story.txt","uriBaseId":"SRCROOT"},
        "region":{"startLine":7,"startColumn":97,"endLine":7,"endColumn":101,"snippet":{"text":"cost"}}}}],
        "partialFingerprints":{"primaryLocationLineHash":"53145b01e88e768f:1","lintFingerprint/v1":"563696b19133557aafbd1deedc924791"}}]}]}
        """;

    private const string Result = "runs/0/results/0";
    private const string Location = Result + "/locations/0/physicalLocation";
    private const string Region = Location + "/region";

    /// <summary>Each bad shape, by name.</summary>
    public static TheoryData<string> Names() => [.. Cases().Select(c => c.Name)];

    [Fact]
    public void A_result_as_Lint_writes_it_is_read()
    {
        var result = Assert.Single(Baseline.Read(Valid));
        Assert.Equal(
            new BaselineResult("news/flood story.txt", "ED2002", "error", "Paragraph ends without terminal punctuation after \"cost\".",
                new LinePositionSpan(new LinePosition(7, 97), new LinePosition(7, 101)), "cost", "563696b19133557aafbd1deedc924791", "53145b01e88e768f:1"),
            result);
    }

    [Fact]
    public void What_may_be_left_out_is_filled_in_and_absent_results_are_skipped()
    {
        var sparse = Baseline.Read(Edit(Valid, node =>
        {
            var result = At(node, Result).AsObject();
            result.Remove("level");
            result.Remove("partialFingerprints");
            var region = At(node, Region).AsObject();
            foreach (var key in new[] { "startColumn", "endLine", "endColumn", "snippet" }) region.Remove(key);
            At(node, "runs/0/results").AsArray().Add(JsonNode.Parse("""{"baselineState":"absent","ruleId":5}"""));
            At(node, "runs").AsArray().Add(JsonNode.Parse("""{"results":null}"""));
            At(node, "runs").AsArray().Add(JsonNode.Parse("{}"));
        }));
        var result = Assert.Single(sparse);
        Assert.Equal(("warning", new LinePositionSpan(new LinePosition(7, 1), new LinePosition(7, 1)), "", ""), (result.Level, result.Region, result.Snippet, result.Fingerprint));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bad_baseline_is_one_sentence_naming_the_place(string name)
    {
        var text = Cases().Single(c => c.Name == name).Json;
        var error = Assert.Throws<FormatException>(() => Baseline.Read(text));
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(error.Message.EndsWith('.'), error.Message);
        Assert.True(error.Message.Length < 300, error.Message);
    }

    [Fact]
    public void The_messages_for_bad_baselines_are_approved()
    {
        var sb = new StringBuilder();
        foreach (var (name, json) in Cases())
        {
            string message;
            try
            {
                Baseline.Read(json);
                message = "(read without an error)";
            }
            catch (FormatException ex)
            {
                message = ex.Message;
            }

            sb.Append(name).Append('\n').Append("  ").Append(message).Append('\n');
        }

        Approvals.Verify(sb.ToString());
    }

    [Theory]
    [InlineData("[]", "not a SARIF log: it is an array, not an object with 'runs'")]
    [InlineData("""{"runs":[1]}""", "not a SARIF log Lint can read: 'runs[0]' is 1, not an object")]
    [InlineData("""{"runs":[{"results":[{"ruleId":"ED2002","message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.txt"},"region":{"startLine":0}}}]}]}]}""",
        "not a SARIF log Lint can read: 'runs[0].results[0].locations[0].physicalLocation.region.startLine' is 0, not a whole number from 1 to 2147483647")]
    [InlineData("deep", "not valid JSON at line 1, byte 65: the maximum configured depth of 64 has been exceeded")]
    public void The_command_refuses_a_bad_baseline_with_exit_code_2_and_one_message(string baseline, string message)
    {
        using var folder = new TempFolder();
        folder.Write("articles/story.txt", "Headline Here\n\nThe council met on Tuesday.\n");
        folder.Write("old.sarif", baseline == "deep" ? new string('[', 10_000) : baseline);
        var run = CliRun.Invoke(folder.Path, "check", "articles", "--baseline", "old.sarif", "--format", "sarif");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(
            $"lint: the baseline 'old.sarif' is {message}; write one with 'lint check --format sarif --output old.sarif'\n" +
            "Run 'lint --help' for usage.\n",
            run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Bad baselines: not JSON, JSON of another shape, Lint's shape with one part wrong.</summary>
    private static IEnumerable<(string Name, string Json)> Cases()
    {
        yield return ("not JSON", "{ not json");
        yield return ("empty", string.Empty);
        yield return ("cut short", Valid.Substring(0, Valid.Length / 2));
        yield return ("half a character", "{\"runs\":[]}\ud800");
        yield return ("nested 10,000 deep", new string('[', 10_000));
        yield return ("ESLint's JSON, an array", "[]");
        yield return ("a number", "42");
        yield return ("null", "null");
        yield return ("no runs", """{"version":"2.1.0"}""");
        yield return ("runs an object", """{"runs":{}}""");
        yield return ("runs null", """{"runs":null}""");
        yield return ("a run a number", """{"runs":[1]}""");
        yield return ("results a number", """{"runs":[{"results":5}]}""");
        yield return ("a result a number", """{"runs":[{"results":[5]}]}""");
        yield return ("baselineState a number", Set(Result, "baselineState", "5"));
        yield return ("ruleId a number", Set(Result, "ruleId", "5"));
        yield return ("no ruleId", Remove(Result, "ruleId"));
        yield return ("ruleId empty", Set(Result, "ruleId", "\"\""));
        yield return ("level unknown", Set(Result, "level", "\"fatal\""));
        yield return ("level an object", Set(Result, "level", "{}"));
        yield return ("message a string", Set(Result, "message", "\"text\""));
        yield return ("message without text", Set(Result, "message", """{"id":"default"}"""));
        yield return ("message text half a character", Valid.Replace("Paragraph ends", "\\ud800Paragraph ends", StringComparison.Ordinal));
        yield return ("no locations", Remove(Result, "locations"));
        yield return ("locations an object", Set(Result, "locations", "{}"));
        yield return ("locations empty", Set(Result, "locations", "[]"));
        yield return ("a location a number", Set(Result, "locations", "[7]"));
        yield return ("physicalLocation an array", Set(Result + "/locations/0", "physicalLocation", "[]"));
        yield return ("no artifactLocation", Remove(Location, "artifactLocation"));
        yield return ("uri a number", Set(Location + "/artifactLocation", "uri", "5"));
        yield return ("no region", Remove(Location, "region"));
        yield return ("region a string", Set(Location, "region", "\"7:97\""));
        yield return ("no startLine", Remove(Region, "startLine"));
        yield return ("startLine a string", Set(Region, "startLine", "\"7\""));
        yield return ("startLine null", Set(Region, "startLine", "null"));
        yield return ("startLine 0", Set(Region, "startLine", "0"));
        yield return ("startLine a fraction", Set(Region, "startLine", "7.5"));
        yield return ("startLine past any int", Set(Region, "startLine", "99999999999999999999"));
        yield return ("startLine with 500 digits", Set(Region, "startLine", new string('9', 500)));
        yield return ("startColumn negative", Set(Region, "startColumn", "-3"));
        yield return ("endColumn 1e400", Set(Region, "endColumn", "1e400"));
        yield return ("endColumn 0", Set(Region, "endColumn", "0"));
        yield return ("endLine before startLine", Set(Region, "endLine", "3"));
        yield return ("endColumn before startColumn", Set(Region, "endColumn", "2"));
        yield return ("snippet a string", Set(Region, "snippet", "\"cost\""));
        yield return ("snippet text an array", Set(Region + "/snippet", "text", "[]"));
        yield return ("partialFingerprints an array", Set(Result, "partialFingerprints", "[]"));
        yield return ("lintFingerprint a number", Set(Result + "/partialFingerprints", "lintFingerprint/v1", "5"));
    }

    private static string Set(string path, string name, string json) =>
        Edit(Valid, node => At(node, path)[name] = json == "null" ? null : JsonNode.Parse(json));

    private static string Remove(string path, string name) =>
        Edit(Valid, node => At(node, path).AsObject().Remove(name));

    private static string Edit(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }

    private static JsonNode At(JsonNode node, string path) =>
        path.Split('/').Aggregate(node, (n, step) => int.TryParse(step, out var index) ? n[index]! : n[step]!);
}

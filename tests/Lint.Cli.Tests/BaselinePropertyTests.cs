using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Lint.Reporting;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// Whatever JSON a baseline holds, <see cref="Baseline.Read"/> returns results whose regions could stand in a SARIF
/// log, or throws <see cref="FormatException"/>: a real log Lint wrote, mutated at random (parts replaced with values of
/// every type, removed, duplicated, the text cut or garbled), never gets any other exception through.
/// </summary>
public sealed class BaselinePropertyTests
{
    /// <summary>A log Lint wrote: findings with fixes, an in-source suppression, several files.</summary>
    private static readonly Lazy<string> Log = new(() =>
    {
        using var folder = new TempFolder();
        folder.Write("news/flood story.txt", "Council Approves Flood Barrier\n\nBy Maria Keane\n\nSPRINGFEILD, Ill. (AP) — The council voted on the the plan  on Tuesday.\n\nOpponents said the city should have waited\n\n© 2024 The Associated Press\n");
        folder.Write("news/quote.md", "# Mayor Speaks\n\n<!-- lint-disable-next-line ED2002 -->\nThe mayor said it was “a good day\n\nShe left...\n");
        var run = CliRun.Invoke(folder.Path, "check", "news", "--format", "sarif", "--as-of", "2026-11-22");
        Assert.Equal(1, run.ExitCode);
        // The rules' metadata, which a baseline read skips, would be most of the log and of the time: two are kept.
        var log = JsonNode.Parse(run.Out)!;
        var driver = log["runs"]![0]!["tool"]!["driver"]!.AsObject();
        driver["rules"] = new JsonArray([.. driver["rules"]!.AsArray().Take(2).Select(r => r!.DeepClone())]);
        return log.ToJsonString();
    });

    /// <summary>Values of every JSON type, including the ones a region or a string must not be.</summary>
    private static readonly string[] Values =
    [
        "0", "-1", "1", "7", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "7.5", "1e3", "1e400", "-0",
        "\"\"", "\"7\"", "\"absent\"", "\"error\"", "\"fatal\"", "\"@high@\"", "\"@low@x\"", "\"a%zz%ED%A0%80\"", "\"../../etc\"",
        "true", "false", "null", "[]", "{}", "[1]", "[{}]", "{\"text\":5}", "{\"text\":\"t\"}", "[[[[[[[[[[]]]]]]]]]]",
        new string('[', 70) + new string(']', 70),
    ];

    [Fact]
    public void Read_returns_valid_regions_or_throws_FormatException_for_any_mutation_of_a_real_log()
    {
        var log = Log.Value;
        Assert.NotEmpty(Baseline.Read(log));
        var mutation = Gen.Select(Gen.Int[0, 6], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]);
        Gen.Select(mutation.Array[1, 4], Gen.Bool).Sample(
            (mutations, garble) => Check(Mutate(log, mutations, garble)),
            iter: 2_000,
            threads: 1,
            print: t => Mutate(log, t.Item1, t.Item2));
    }

    private static void Check(string json)
    {
        IReadOnlyList<BaselineResult> results;
        try
        {
            results = Baseline.Read(json);
        }
        catch (FormatException ex)
        {
            Assert.DoesNotContain('\n', ex.Message);
            return;
        }

        foreach (var result in results)
        {
            Assert.True(result.Region.Start.Line >= 1 && result.Region.Start.Column >= 1 && result.Region.End.Column >= 1, result.ToString());
            Assert.True(result.Region.Start.CompareTo(result.Region.End) <= 0, result.ToString());
            Assert.NotEqual(string.Empty, result.RuleId);
        }

        // What was read goes back out as absent results: the log written is JSON with the regions just checked.
        var output = new StringWriter();
        ReportWriter.Create("sarif", output, new ReportOptions([], BuiltInRules.SeedDate), new Baseline(results)).WriteAll([], []);
        using var written = JsonDocument.Parse(output.ToString());
        Assert.Equal(results.Count(r => r.Level != "none"), written.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    /// <summary>
    /// Applies each (kind, where, what): replace a node with a value, remove it, put it in an array, replace it with a
    /// copy of another node, or swap a region number for another; then, when <paramref name="garble"/>, cuts the text or
    /// drops a character from it.
    /// </summary>
    private static string Mutate(string log, (int Kind, int Where, int What)[] mutations, bool garble)
    {
        var root = JsonNode.Parse(log)!;
        foreach (var (kind, where, what) in mutations)
        {
            var nodes = new List<(JsonNode? Parent, string? Name, int Index, JsonNode? Node)> { (null, null, -1, root) };
            Collect(root, nodes);
            var (parent, name, index, node) = nodes[where % nodes.Count];
            JsonNode? replacement = kind switch
            {
                0 or 1 => Parse(Values[what % Values.Length]),
                2 => null,
                3 => new JsonArray(node?.DeepClone()),
                4 => nodes[what % nodes.Count].Node?.DeepClone(),
                _ => JsonValue.Create((what % 7) - 3 + (node is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0)),
            };
            if (parent is null) root = replacement ?? JsonValue.Create(0);
            else if (kind == 2 && parent is JsonObject removeFrom) removeFrom.Remove(name!);
            else if (kind == 2 && parent is JsonArray removeAt) removeAt.RemoveAt(index);
            else if (parent is JsonObject o) o[name!] = replacement;
            else ((JsonArray)parent)[index] = replacement;
        }

        // Escapes of half a character cannot stand in a JsonNode's string; they go into the text after it is written.
        var text = root.ToJsonString().Replace("@high@", "\\ud800", StringComparison.Ordinal).Replace("@low@", "\\udc00", StringComparison.Ordinal);
        if (!garble) return text;
        var at = mutations[0].What % (text.Length + 1);
        return mutations[0].Kind % 2 == 0 ? text.Substring(0, at) : text.Remove(Math.Min(at, text.Length - 1), text.Length > 0 ? 1 : 0);
    }

    private static JsonNode? Parse(string json) => JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });

    private static void Collect(JsonNode node, List<(JsonNode? Parent, string? Name, int Index, JsonNode? Node)> nodes)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    nodes.Add((o, name, -1, child));
                    if (child is not null) Collect(child, nodes);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    nodes.Add((a, null, i, a[i]));
                    if (a[i] is { } child) Collect(child, nodes);
                }

                break;
        }
    }
}

using System.Diagnostics;
using System.Text.Json;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// Every SARIF log these tests write passes a strict draft-04 check against the official OASIS schema
/// (../shared/schemas/sarif-2.1.0.json), run with ajv from tests/tools (installed by .ci/run).
/// </summary>
public sealed class SarifValidationTests
{
    private static string Tools => Repository.PathOf("tests", "tools");

    private static (int ExitCode, string Output) Node(params string[] args)
    {
        if (!Directory.Exists(Path.Combine(Tools, "node_modules", "ajv-draft-04")))
            throw new InvalidOperationException("The validators are not installed: run `npm install` in tests/tools (.ci/run does it).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Tools, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    public static TheoryData<string> Runs() => new() { "samples", "seeds", "broken-inputs" };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Sarif_validates_against_the_official_schema(string name)
    {
        using var folder = new TempFolder();
        var arguments = name switch
        {
            "samples" => new[] { "samples" },
            "seeds" => ["../shared/seeds"],
            _ => [],
        };
        var directory = Repository.Root;
        if (name == "broken-inputs")
        {
            folder.WriteBytes("binary.txt", [0, 1, 2]);
            folder.Write("house/bad.yaml", "id: [unclosed\n");
            folder.Write("a story.txt", "Headline\n\n“An unclosed quotation ends here.\n");
            directory = folder.Path;
            arguments = ["--rules", "house", "."];
        }

        var log = Path.Combine(folder.Path, name + ".sarif");
        var run = CliRun.Invoke(directory, ["check", .. arguments, "--format", "sarif", "--as-of", "2026-11-22", "--output", log]);
        Assert.True(run.ExitCode is 1 or 2, run.Error);
        var (exitCode, output) = Node("validate-schema.mjs", Path.Combine(Repository.Shared, "schemas", "sarif-2.1.0.json"), log);
        Assert.True(exitCode == 0, output);

        using var document = JsonDocument.Parse(File.ReadAllText(log));
        var runElement = document.RootElement.GetProperty("runs")[0];
        foreach (var result in runElement.GetProperty("results").EnumerateArray())
        {
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            foreach (var key in new[] { "startLine", "startColumn", "endLine", "endColumn" }) Assert.True(region.TryGetProperty(key, out _), key);
            Assert.DoesNotContain(folder.Path, result.GetRawText(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), File.ReadAllText(log), StringComparison.Ordinal);
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace Lint.Testing;

/// <summary>
/// Validates a SARIF log the way CI does: a strict draft-04 check against the official OASIS schema (ajv), and the
/// official SARIF Multitool with GitHub's rules (`validate --rule-kind "Sarif;Ghas" --config gh-policy.xml`). The
/// Multitool exits 0 even when the log has errors, so its report is read: any error or warning fails.
/// </summary>
public static class SarifValidator
{
    private static string Tools => Repository.PathOf("tests", "tools");

    private static string Multitool => Path.Combine(Tools, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

    /// <summary>Problems found in the log at <paramref name="path"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string path)
    {
        var problems = new List<string>();
        var schema = Path.Combine(Repository.Shared, "schemas", "sarif-2.1.0.json");
        var (code, output) = Run("node", Tools, "validate-schema.mjs", schema, path);
        if (code != 0) problems.Add("schema: " + output.Trim());

        var report = Path.Combine(Path.GetTempPath(), "lint-multitool-" + Guid.NewGuid().ToString("N") + ".sarif");
        try
        {
            var policy = Path.Combine(Repository.Shared, "reference", "gh-policy.xml");
            (code, output) = Run(Multitool, Tools, "validate", path, "-o", report, "--rule-kind", "Sarif;Ghas", "--config", policy, "--log", "ForceOverwrite");
            if (code != 0 || !File.Exists(report))
            {
                problems.Add($"multitool failed to run ({code}): {output.Trim()}");
                return problems;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(report));
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results)) continue;
                foreach (var result in results.EnumerateArray())
                {
                    var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                    if (level is "error" or "warning")
                        problems.Add($"multitool {level} {result.GetProperty("ruleId").GetString()}: {result.GetRawText()}");
                }
            }
        }
        finally
        {
            if (File.Exists(report)) File.Delete(report);
        }

        return problems;
    }

    private static (int Code, string Output) Run(string file, string directory, params string[] args)
    {
        if (!Directory.Exists(Path.Combine(Tools, "node_modules", "ajv-draft-04")))
            throw new InvalidOperationException("The SARIF validators are not installed: run `npm ci` in tests/tools (the build of tests/Lint.Testing does it).");
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

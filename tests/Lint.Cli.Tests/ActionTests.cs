using System.Text.Json;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// The composite GitHub Action in the repository root (action.yml), run step by step as the runner would (see
/// <see cref="CompositeActionRunner"/>) on articles in a scratch workspace. Its install step runs against a stand-in
/// <c>dotnet</c> that records the commands and installs the lint this project was built with, so that the test takes
/// seconds; packing and installing for real is .ci/run's install step (tools/check-install.sh).
/// </summary>
public sealed class ActionTests
{
    private static readonly CompositeActionRunner Action = new(Repository.PathOf("action.yml"));

    [Fact]
    public void Action_uploads_current_unsuppressed_results_and_fails_on_a_new_error()
    {
        using var temp = new TempFolder();
        var workspace = Path.Combine(temp.Path, "workspace");
        // The baseline knows a doubled word that has since been fixed: the run reports it as absent.
        temp.Write("workspace/articles/fixed.txt", "Harbour Reopens\n\nThe harbour reopened on on Monday.\n");
        var baseline = CliRun.Invoke(workspace, "check", "articles", "--format", "sarif", "--output", ".lint/baseline.sarif", "--as-of", "2026-11-22");
        Assert.Equal(1, baseline.ExitCode);
        temp.Write("workspace/articles/fixed.txt", "Harbour Reopens\n\nThe harbour reopened on Monday.\n");
        temp.Write("workspace/articles/new.txt", "Council Approves Budget\n\nThe council approved the the budget on Tuesday.\n");
        temp.Write("workspace/articles/quiet.md", "# Ferry Returns\n\n<!-- lint-disable-next-line ED4003 -->\nThe ferry returned to to the island on Monday.\n");

        var run = Run(temp, new()
        {
            ["paths"] = "articles",
            ["args"] = "--baseline .lint/baseline.sarif\n--as-of 2026-11-22",
            ["category"] = "news",
        });

        Assert.True(run.Result.ExitCode == 1, run.Result.Log);
        Assert.Equal(["pack " + Repository.PathOf("src", "Lint.Cli") + " -c Release -o " + Path.Combine(run.RunnerTemp, "lint-packages") + " -nologo",
                      "tool install --tool-path " + Path.Combine(run.RunnerTemp, "lint-tool") + " Lint.Cli --add-source " + Path.Combine(run.RunnerTemp, "lint-packages")],
            run.DotnetCommands);
        Assert.Equal(Action.Steps.Count, run.Result.StepsRun.Count);
        Assert.Equal("1", run.Result.Outputs["exit-code"]);
        Assert.Equal("lint.sarif", run.Result.Outputs["sarif-file"]);

        // The log lint wrote has every result with its state; the one given to code scanning only the current, unsuppressed ones.
        var all = Results(Path.Combine(workspace, "lint.sarif"));
        Assert.Contains(all, r => r.File == "articles/fixed.txt" && r.State == "absent");
        Assert.Contains(all, r => r.File == "articles/quiet.md" && r.Suppressed);
        Assert.Contains(all, r => r.File == "articles/new.txt" && r.State == "new" && r.Rule == "ED4003");
        var uploaded = run.Result.Outputs["uploaded-sarif-file"];
        Assert.Equal(Path.Combine(run.RunnerTemp, "lint-upload", "news.sarif"), uploaded);
        var current = Results(uploaded);
        Assert.Equal([("articles/new.txt", "ED4003")], current.Where(r => r.Rule.StartsWith("ED4", StringComparison.Ordinal)).Select(r => (r.File, r.Rule)));
        Assert.DoesNotContain(current, r => r.Suppressed || r.State == "absent");
        Assert.Equal(all.Count(r => !r.Suppressed && r.State != "absent"), current.Count);
        using (var log = JsonDocument.Parse(File.ReadAllText(uploaded)))
            Assert.Equal("news/", log.RootElement.GetProperty("runs")[0].GetProperty("automationDetails").GetProperty("id").GetString());

        Assert.Equal(["actions/setup-dotnet@v4", "github/codeql-action/upload-sarif@v3"], run.Result.Used.Select(u => u.Uses));
        Assert.Equal("10.0.x", run.Result.Used[0].With["dotnet-version"]);
        Assert.Equal(new Dictionary<string, string> { ["sarif_file"] = uploaded, ["category"] = "news" }, run.Result.Used[1].With);
    }

    [Fact]
    public void Action_passes_clean_articles_and_installs_a_version_from_nuget_org()
    {
        using var temp = new TempFolder();
        temp.Write("workspace/news/report.txt", File.ReadAllText(Repository.PathOf("samples", "articles", "clean-report.txt")));

        var run = Run(temp, new() { ["paths"] = "news/*.txt", ["fail-level"] = "warning", ["upload"] = "false", ["version"] = "0.1.0", ["args"] = "--as-of 2026-11-22" });

        Assert.True(run.Result.ExitCode == 0, run.Result.Log);
        Assert.Equal(["tool install --tool-path " + Path.Combine(run.RunnerTemp, "lint-tool") + " Lint.Cli --version 0.1.0"], run.DotnetCommands);
        Assert.Equal("0", run.Result.Outputs["exit-code"]);
        Assert.Equal(string.Empty, run.Result.Outputs["uploaded-sarif-file"]);
        Assert.DoesNotContain("Keep only current, unsuppressed results", run.Result.StepsRun);
        Assert.Equal(["actions/setup-dotnet@v4"], run.Result.Used.Select(u => u.Uses));
        Assert.Empty(Results(Path.Combine(temp.Path, "workspace", "lint.sarif")));
    }

    [Fact]
    public void Action_fails_with_exit_code_2_and_shows_why_when_lint_cannot_run()
    {
        using var temp = new TempFolder();
        temp.Write("workspace/articles/a.txt", "Council Approves Budget\n\nThe council approved the budget.\n");

        var run = Run(temp, new() { ["paths"] = "articles", ["args"] = "--no-such-option", ["source"] = "/srv/feed" });

        Assert.Equal(2, run.Result.ExitCode);
        Assert.Equal(["tool install --tool-path " + Path.Combine(run.RunnerTemp, "lint-tool") + " Lint.Cli --add-source /srv/feed"], run.DotnetCommands);
        Assert.Equal("2", run.Result.Outputs["exit-code"]);
        Assert.Equal(string.Empty, run.Result.Outputs["sarif-file"]);
        Assert.Contains("::error title=Lint::", run.Result.Log, StringComparison.Ordinal);
        Assert.Contains("unknown option '--no-such-option'", run.Result.Log, StringComparison.Ordinal);
        Assert.Equal(["actions/setup-dotnet@v4"], run.Result.Used.Select(u => u.Uses));
        Assert.Equal("Fail on the lint exit code", run.Result.StepsRun[^1]);
    }

    [Fact]
    public void Every_input_is_used()
    {
        var text = File.ReadAllText(Repository.PathOf("action.yml"));
        Assert.All(Action.Defaults.Keys, input => Assert.Matches(@"\binputs\." + input.Replace("-", "\\-", StringComparison.Ordinal) + @"\b(?!-)", text));
    }

    private sealed record ActionRun(CompositeActionRunner.Result Result, string RunnerTemp, IReadOnlyList<string> DotnetCommands);

    private sealed record SarifResult(string File, string Rule, string? State, bool Suppressed);

    private static ActionRun Run(TempFolder temp, Dictionary<string, string> inputs)
    {
        var runnerTemp = Path.Combine(temp.Path, "runner-temp");
        var bin = Path.Combine(temp.Path, "stub-bin");
        Directory.CreateDirectory(runnerTemp);
        Directory.CreateDirectory(bin);
        var dotnetLog = Path.Combine(temp.Path, "dotnet.log");
        File.WriteAllText(dotnetLog, string.Empty);
        var stub = Path.Combine(bin, "dotnet");
        File.WriteAllText(stub, """
            #!/usr/bin/env bash
            # Stands in for dotnet: records the command; `tool install --tool-path DIR` puts there a lint that runs the
            # lint this test project was built with.
            printf '%s\n' "$*" >> "$STUB_DOTNET_LOG"
            if [ "$1 $2" = "tool install" ]; then
              while [ $# -gt 0 ]; do if [ "$1" = --tool-path ]; then dir=$2; fi; shift; done
              mkdir -p "$dir"
              printf '#!/usr/bin/env bash\nexec "%s" "%s" "$@"\n' "$REAL_DOTNET" "$LINT_DLL" > "$dir/lint"
              chmod +x "$dir/lint"
            fi
            """);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var environment = new Dictionary<string, string>
        {
            ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["STUB_DOTNET_LOG"] = dotnetLog,
            ["REAL_DOTNET"] = RealDotnet(),
            ["LINT_DLL"] = Path.Combine(AppContext.BaseDirectory, "lint.dll"),
        };
        var result = Action.Run(Path.Combine(temp.Path, "workspace"), runnerTemp, inputs, environment);
        return new ActionRun(result, runnerTemp, File.ReadAllLines(dotnetLog));
    }

    private static string RealDotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host) return host;
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "dotnet")).First(File.Exists);
    }

    private static List<SarifResult> Results(string sarif)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        return [.. log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => new SarifResult(
            r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!,
            r.GetProperty("ruleId").GetString()!,
            r.TryGetProperty("baselineState", out var state) ? state.GetString() : null,
            r.TryGetProperty("suppressions", out var s) && s.GetArrayLength() > 0))];
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// Every <c>lint</c> command that README.md and docs/ci.md show in a code block (shell lines, a workflow's <c>run:</c>,
/// GitLab's <c>script:</c>, Jenkins' <c>sh</c>) runs as written, in order, in a repository shaped as the pages assume
/// (a folder called <c>articles</c>, and <c>news</c> and <c>opinion</c> for the page's two uploads), and ends as a
/// gate should: 0 or 1, never a usage error. The plain Git hook of docs/ci.md is installed and tried on a commit.
/// The install blocks (packing, <c>dotnet tool install</c>) run in CI by <c>tools/check-install.sh</c>.
/// </summary>
public sealed partial class DocsCommandTests
{
    // A line that runs lint: "lint …", "VAR=value lint …", "- lint …" (GitLab), "run: lint …", "sh 'lint …'" (Jenkins).
    [GeneratedRegex(@"^\s*(?:-\s+|run:\s+|sh\s+')?(?<command>(?:[A-Z_]+=\S+\s+)?lint\s[^']*?)'?\s*(?:#.*)?$")]
    private static partial Regex LintLine { get; }

    // The values of a workflow matrix written on one line: "shard: [1, 2, 3, 4]".
    [GeneratedRegex(@"^\s*(?<name>[\w-]+):\s*\[(?<values>[^\]]*)\]\s*$")]
    private static partial Regex MatrixLine { get; }

    [GeneratedRegex(@"```(?<lang>\w*)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence { get; }

    public static TheoryData<string> Pages => new() { "README.md", "docs/ci.md" };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_lint_command_in_the_page_runs_as_written(string page)
    {
        var commands = Commands(File.ReadAllText(Repository.PathOf(page.Split('/'))));
        Assert.NotEmpty(commands);
        using var repo = Fixture();
        foreach (var command in commands)
        {
            var run = Bash(repo.Path, command);
            Assert.True(run.ExitCode is 0 or 1, $"{page}: `{command}` ended with {run.ExitCode}:\n{run.Error}{run.Out}");
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            if (Regex.Match(command, @"--output\s+(?<file>\S+)") is { Success: true } output)
                Assert.True(File.Exists(Path.Combine(repo.Path, output.Groups["file"].Value)), $"{page}: `{command}` wrote no {output.Groups["file"].Value}");
        }
    }

    [Fact]
    public void The_git_hook_of_the_ci_page_stops_a_commit_with_an_error_and_lets_a_clean_one_through()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "ci.md"));
        var hook = Fence.Matches(page).Select(m => m.Groups["body"].Value).Single(b => b.StartsWith("#!/bin/sh", StringComparison.Ordinal));
        using var repo = Fixture();
        File.WriteAllText(Path.Combine(repo.Path, ".git", "hooks", "pre-commit"), hook);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(repo.Path, ".git", "hooks", "pre-commit"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        repo.Write("articles/late.txt", "Council Delays Vote\n\nSPRINGFEILD, Ill. (AP) — The council delayed its vote on the budget until next week.\n");
        var bad = Bash(repo.Path, "git add articles/late.txt && git commit -q -m late");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("articles/late.txt(3,1): error ED1001", bad.Error + bad.Out, StringComparison.Ordinal); // git shows a hook's output on standard error

        repo.Write("articles/late.txt", "Council Delays Vote\n\nSPRINGFIELD, Ill. (AP) — The council delayed its vote on the budget until next week.\n");
        var good = Bash(repo.Path, "git add articles/late.txt && git commit -q -m late");
        Assert.True(good.ExitCode == 0, good.Error + good.Out);
    }

    /// <summary>The lint commands of a page's code blocks in page order; a workflow matrix's lines run once for each value.</summary>
    private static List<string> Commands(string page)
    {
        var commands = new List<string>();
        foreach (Match block in Fence.Matches(page))
        {
            var body = block.Groups["body"].Value;
            if (body.StartsWith("#!", StringComparison.Ordinal)) continue; // a script to install, tried on its own
            var matrix = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var line in body.Split('\n'))
            {
                if (MatrixLine.Match(line) is { Success: true } values)
                    matrix[values.Groups["name"].Value] = values.Groups["values"].Value.Split(',').Select(v => v.Trim()).ToArray();
                if (LintLine.Match(line) is not { Success: true } found) continue;
                var command = found.Groups["command"].Value.Trim();
                if (command.Contains('[', StringComparison.Ordinal) && !command.Contains("${{", StringComparison.Ordinal)) continue; // a synopsis: lint check [PATH...]
                if (Regex.Match(command, @"\$\{\{\s*matrix\.(?<name>[\w-]+)\s*\}\}") is { Success: true } cell)
                {
                    var name = cell.Groups["name"].Value;
                    Assert.True(matrix.ContainsKey(name), $"`{command}` uses matrix.{name}, which its block does not define");
                    commands.AddRange(matrix[name].Select(v => Regex.Replace(command, @"\$\{\{\s*matrix\." + name + @"\s*\}\}", v)));
                }
                else
                {
                    Assert.DoesNotContain("${{", command, StringComparison.Ordinal);
                    commands.Add(command);
                }
            }
        }

        return commands;
    }

    /// <summary>A Git repository with the sample articles in the folders the pages lint, and lint on the path.</summary>
    private static TempFolder Fixture()
    {
        var repo = new TempFolder();
        var samples = Repository.PathOf("samples", "articles");
        foreach (var folder in new[] { "articles", "news", "opinion" })
        {
            foreach (var file in Directory.GetFiles(samples))
                repo.Write($"{folder}/{Path.GetFileName(file)}", File.ReadAllText(file));
        }

        repo.Write("bin/lint", $"#!/usr/bin/env bash\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "lint.dll")}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(repo.Path, "bin", "lint"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var init = Bash(repo.Path, "git init -q && git config user.email desk@example.org && git config user.name Desk && git add articles news opinion && git commit -q -m articles");
        Assert.True(init.ExitCode == 0, init.Error);
        return repo;
    }

    private static CliRun Bash(string directory, string command)
    {
        var info = new ProcessStartInfo("bash", ["-c", command])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["PATH"] = Path.Combine(directory, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"`{command}` did not finish");
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}

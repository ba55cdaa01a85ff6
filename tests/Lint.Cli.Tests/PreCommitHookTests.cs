using System.Diagnostics;
using System.Text.RegularExpressions;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// The pre-commit hook in the repository root (.pre-commit-hooks.yaml), run by the real pre-commit (Debian: apt-get
/// install pre-commit; .ci/run installs it): a newsroom repository with docs/ci.md's .pre-commit-config.yaml, naming
/// this repository's hook file at a commit, and `lint` on PATH as README's install puts it there. A clean article passes; an article with an error
/// fails the hook with the finding in its output.
/// </summary>
public sealed class PreCommitHookTests
{
    [Fact]
    public void Hook_passes_a_clean_article_and_blocks_an_article_with_an_error()
    {
        Assert.True(Which("pre-commit") is not null, "pre-commit is not installed (Debian: apt-get install pre-commit; .ci/run installs it)");
        using var temp = new TempFolder();

        // The hook repository: this repository's hook file at a commit (pre-commit clones it by path).
        var hooks = Path.Combine(temp.Path, "hooks");
        Directory.CreateDirectory(hooks);
        File.Copy(Repository.PathOf(".pre-commit-hooks.yaml"), Path.Combine(hooks, ".pre-commit-hooks.yaml"));
        Git(hooks, "init", "-q");
        Git(hooks, "add", ".");
        Git(hooks, "commit", "-q", "-m", "hooks");
        var rev = Git(hooks, "rev-parse", "HEAD").Trim();

        // `lint` on PATH: the one this project was built with.
        var bin = Path.Combine(temp.Path, "bin");
        temp.Write("bin/lint", $"#!/usr/bin/env bash\nexec \"{RealDotnet()}\" \"{Path.Combine(AppContext.BaseDirectory, "lint.dll")}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path.Combine(bin, "lint"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // The configuration docs/ci.md gives, pointed at that commit.
        var newsroom = Path.Combine(temp.Path, "newsroom");
        var config = DocumentedConfiguration();
        Assert.Contains(DocumentedRepository, config, StringComparison.Ordinal);
        temp.Write("newsroom/.pre-commit-config.yaml", Regex.Replace(config.Replace(DocumentedRepository, "repo: " + hooks, StringComparison.Ordinal), @"rev: \S+", "rev: " + rev));
        temp.Write("newsroom/articles/report.txt", File.ReadAllText(Repository.PathOf("samples", "articles", "clean-report.txt")));
        temp.Write("newsroom/README.md", "# Newsroom\n\nThe the articles live in articles/\n");   // not an article: the configuration leaves it out
        Git(newsroom, "init", "-q");
        Git(newsroom, "add", ".");

        var pass = PreCommit(newsroom, bin, temp.Path);
        Assert.True(pass.Code == 0, pass.Output);
        Assert.Matches(@"Lint articles\.+Passed", pass.Output);

        temp.Write("newsroom/articles/council-vote.txt", File.ReadAllText(Repository.PathOf("samples", "articles", "council-vote.txt")));
        Git(newsroom, "add", ".");
        var fail = PreCommit(newsroom, bin, temp.Path);
        Assert.True(fail.Code == 1, fail.Output);
        Assert.Matches(@"Lint articles\.+Failed", fail.Output);
        Assert.Contains("articles/council-vote.txt(5,1): error ED1001: Dateline city \"SPRINGFEILD\" is not a known place; did you mean SPRINGFIELD?", fail.Output, StringComparison.Ordinal);
        Assert.Contains("2 files checked", fail.Output, StringComparison.Ordinal);
    }

    private const string DocumentedRepository = "repo: https://github.com/lint-news/lint";

    /// <summary>The .pre-commit-config.yaml block of docs/ci.md's "pre-commit framework" section.</summary>
    private static string DocumentedConfiguration()
    {
        var doc = File.ReadAllText(Repository.PathOf("docs", "ci.md"));
        var section = doc.IndexOf("### pre-commit framework", StringComparison.Ordinal);
        Assert.True(section >= 0, "docs/ci.md has no pre-commit framework section");
        var match = Regex.Match(doc.Substring(section), "```yaml\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "docs/ci.md's pre-commit section has no YAML block");
        return match.Groups[1].Value;
    }

    private static (int Code, string Output) PreCommit(string directory, string bin, string home)
    {
        var (code, output) = Run(directory, "pre-commit", ["run", "--all-files", "--color", "never"], new Dictionary<string, string>
        {
            ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["PRE_COMMIT_HOME"] = Path.Combine(home, "pre-commit-cache"),
        });
        return (code, output);
    }

    private static string Git(string directory, params string[] args)
    {
        var (code, output) = Run(directory, "git", ["-c", "user.name=Lint tests", "-c", "user.email=tests@lint.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", .. args], new Dictionary<string, string>());
        Assert.True(code == 0, $"git {string.Join(' ', args)}: {output}");
        return output;
    }

    private static (int Code, string Output) Run(string directory, string file, string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private static string RealDotnet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : Which("dotnet")!;
}

using System.Text.RegularExpressions;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// The worked example of docs/writing-rules.md ("Trying a rule on an archive") runs as written: the rule file's two
/// versions, the two commands over the sample articles (the first version committed before the second is tried with
/// --compare), and the output the page shows for each.
/// </summary>
public sealed partial class TryRuleDocsTests
{
    [GeneratedRegex(@"```(?<lang>\w*)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence { get; }

    [Fact]
    public void The_worked_example_gives_the_output_the_page_shows()
    {
        var page = File.ReadAllText(Repository.PathOf("docs", "writing-rules.md")).Replace("\r\n", "\n");
        var start = page.IndexOf("## Trying a rule on an archive\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/writing-rules.md has no section 'Trying a rule on an archive'");
        var end = page.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var blocks = Fence.Matches(page[start..end]).Select(m => (Lang: m.Groups["lang"].Value, Body: m.Groups["body"].Value)).ToList();
        var rules = blocks.Where(b => b.Lang == "yaml").Select(b => b.Body).ToList();
        var commands = blocks.Where(b => b.Lang == "sh").Select(b => b.Body.Trim()).ToList();
        var outputs = blocks.Where(b => b.Lang == "text").Select(b => b.Body).ToList();
        Assert.Equal(2, rules.Count);
        Assert.Equal(2, commands.Count);
        Assert.Equal(2, outputs.Count);

        using var folder = new TempFolder();
        foreach (var article in Directory.GetFiles(Repository.PathOf("samples", "articles")))
            File.Copy(article, folder.Write("samples/articles/" + Path.GetFileName(article), string.Empty), overwrite: true);
        var rulePath = Regex.Match(commands[0], @"lint rules try (?<rule>\S+)").Groups["rule"].Value;
        folder.Write(rulePath, rules[0]);

        Assert.Equal(outputs[0], Run(folder.Path, commands[0]));
        Git.Run(folder.Path, "init", "-q");
        Git.Run(folder.Path, "add", rulePath);
        Git.Run(folder.Path, "-c", "user.name=Desk", "-c", "user.email=desk@example.org", "commit", "-q", "-m", "first try");
        folder.Write(rulePath, rules[1]);
        Assert.Equal(outputs[1], Run(folder.Path, commands[1]));
    }

    private static string Run(string directory, string command)
    {
        Assert.StartsWith("lint ", command, StringComparison.Ordinal);
        var run = CliRun.Invoke(directory, command["lint ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(run.ExitCode == 0, $"`{command}` ended with {run.ExitCode}:\n{run.Error}");
        return run.Out;
    }
}

using System.Text.RegularExpressions;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// Every rule page that shows a story and the output of <c>lint check</c> on it shows what lint prints today: a change
/// to the model or a rule that changes what a reader of the page would see fails here, with the output to copy.
/// </summary>
public sealed partial class RulePageOutputTests
{
    [GeneratedRegex("Output of `lint check (?<name>story\\.(?:txt|md))(?<args>[^`]*)`, where `story\\.(?:txt|md)` is:\\n\\n```\\w*\\n(?<text>.*?)```\\n\\n```\\w*\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Repository.PathOf("docs", "rules"), "ED*.md").OrderBy(p => p, StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_output_a_page_shows_is_what_lint_prints(string page)
    {
        var text = File.ReadAllText(Repository.PathOf("docs", "rules", page)).Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (Match example in Example().Matches(text))
        {
            using var folder = new TempFolder();
            var name = example.Groups["name"].Value;
            folder.Write(name, example.Groups["text"].Value);
            var args = example.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var run = CliRun.Invoke(folder.Path, ["check", name, .. args]);
            Assert.Equal(example.Groups["output"].Value, run.Out);
        }
    }
}

using Lint.Articles;
using Lint.Loading;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>
/// Deterministic mutation fuzzing: rule files and articles with random cuts, insertions of YAML or Markdown
/// syntax, and odd characters must load or lint without an exception ever escaping.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] Noise =
    [
        "[", "]", "{", "}", ":", "- ", "&a ", "*a", "!!", "\"", "'", "|", ">", "#", "\n", "\t", "---\n", "...", "%YAML 1.2\n",
        "“", "”", "‘", "’", "```", "> ", "**", "_", "<!--", "-->", "\u2028", "\0", "\uFFFF", "\uD800", "©", "(c)", "— ",
    ];

    private static string Mutate(Random random, string text)
    {
        var chars = new System.Text.StringBuilder(text);
        var edits = random.Next(1, 6);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(chars.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 1 when chars.Length > 0:
                    chars.Remove(Math.Min(at, chars.Length - 1), Math.Min(random.Next(1, 20), chars.Length - Math.Min(at, chars.Length - 1)));
                    break;
                default:
                    chars.Length = Math.Min(chars.Length, at);
                    break;
            }
        }

        return chars.ToString();
    }

    private sealed class RepositoryData : IRuleDataProvider
    {
        private readonly Dictionary<string, string?> _cache = [];

        public string? Read(string relativePath)
        {
            if (_cache.TryGetValue(relativePath, out var text)) return text;
            var path = Repository.PathOf("rules", relativePath);
            return _cache[relativePath] = File.Exists(path) ? File.ReadAllText(path) : null;
        }
    }

    [Fact]
    public void Mutated_rule_files_never_throw()
    {
        var random = new Random(20261122);
        var data = new RepositoryData();
        var sources = Directory.GetFiles(Repository.PathOf("rules", "news"), "*.yaml").Select(File.ReadAllText).ToList();
        for (var i = 0; i < 1500; i++)
        {
            var text = Mutate(random, sources[i % sources.Count]);
            var exception = Record.Exception(() => RulePackLoader.Load([new RuleFile("fuzz.yaml", text)], data));
            Assert.True(exception is null, $"loader threw {exception} for:\n{text}");
        }
    }

    [SharedFact]
    public void Mutated_articles_never_throw()
    {
        var random = new Random(1122);
        var seeds = Directory.GetFiles(Path.Combine(Repository.Shared, "seeds")).Select(File.ReadAllText).ToList();
        var linter = new Linter(BuiltInRules.Catalog);
        for (var i = 0; i < 400; i++)
        {
            var text = Mutate(random, seeds[i % seeds.Count]);
            foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown, ArticleFormat.Html })
            {
                var exception = Record.Exception(() => linter.Lint(new SourceText(text, "fuzz"), new Lint.Configuration.LintConfiguration(BuiltInRules.SeedDate), format));
                Assert.True(exception is null, $"{format} threw {exception} for:\n{text}");
            }
        }
    }

    [Fact]
    public async Task Catastrophic_patterns_run_in_linear_time()
    {
        // (a+)+$ backtracks exponentially in a classic engine on "aaa…a!"; the linear-time engine does not.
        const string rule = "id: HS1001\nname: evil\ntitle: Evil\nmessage: \"{match}\"\nseverity: warning\ncheck:\n  kind: existence\n  patterns: ['(a+)+$', '(x|x)*y']\n";
        var catalog = RulePackLoader.Load([new RuleFile("evil.yaml", rule)], new RepositoryData());
        Assert.Empty(catalog.Errors);
        var text = "Headline Here\n\n" + new string('a', 20_000) + "! " + new string('x', 20_000) + ".\n";
        var task = Task.Run(() => new Linter(catalog).Lint(new SourceText(text, "evil.txt"), new Lint.Configuration.LintConfiguration(BuiltInRules.SeedDate)));
        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == task, "a catastrophic pattern did not finish");
    }

    [Fact]
    public void Patterns_the_linear_engine_cannot_run_are_rule_errors()
    {
        const string rule = "id: HS1001\nname: lookaround\ntitle: L\nmessage: \"{match}\"\nseverity: warning\ncheck:\n  kind: existence\n  patterns: ['(?<=\\$)\\d+', '(\\w)\\1']\n";
        var errors = RulePackLoader.Load([new RuleFile("l.yaml", rule)], new RepositoryData()).Errors.Select(e => e.Diagnostic.Message).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains("a lookbehind", errors[0], StringComparison.Ordinal);
        Assert.Contains("a backreference", errors[1], StringComparison.Ordinal);
    }
}

using Lint.Articles;
using Lint.Bench.Corpus;
using Lint.Cli;
using Lint.Configuration;
using Lint.Loading;
using Lint.Rules;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>What every benchmark shares: typical generated articles, the built-in pack and one rule of each check kind.</summary>
public static class Fixtures
{
    /// <summary>The corpus generator's seed (bench/run.sh uses the same).</summary>
    public const ulong Seed = 20261122;

    public static readonly LintConfiguration Configuration = new(new ReferenceDate(2026, 11, 22));

    /// <summary>The built-in rules folder copied beside this program.</summary>
    public static string BuiltInRoot => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>Article 0 of the corpus (plain text) and article 1 (Markdown): about 5.6 KB each, like the corpus average.</summary>
    public static string TypicalText(bool markdown) => new ArticleWriter(Seed, markdown ? 1 : 0, markdown).Write();

    /// <summary>Loads the built-in pack the way the CLI does (data read from disk, so the gazetteer is parsed afresh).</summary>
    public static RuleCatalog LoadBuiltIn()
    {
        var root = BuiltInRoot;
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new RuleFile("builtin:" + Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
        return RulePackLoader.Load([new RulePack(files, new FileSystemRuleData([root])) { Name = "news" }]);
    }

    /// <summary>One rule of every check kind: the built-in rule where the pack has one, else a small house rule.</summary>
    public static IReadOnlyDictionary<string, Rule> RulesByKind()
    {
        var builtIn = LoadBuiltIn();
        var byKind = new Dictionary<string, Rule>(StringComparer.Ordinal)
        {
            ["dateline"] = builtIn.Rules.Single(r => r.Id == "ED1001"),
            ["paired-quotes"] = builtIn.Rules.Single(r => r.Id == "ED2001"),
            ["terminal-punctuation"] = builtIn.Rules.Single(r => r.Id == "ED2002"),
            ["copyright-year"] = builtIn.Rules.Single(r => r.Id == "ED3001"),
        };
        var house = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["existence"] = "kind: existence\nignorecase: true\ntokens: [very unique, at the end of the day, alot, irregardless]",
            ["substitution"] = "kind: substitution\nignorecase: true\nswap:\n  teh: the\n  alot: a lot\n  per cent: percent",
            ["occurrence"] = "kind: occurrence\ntokens: ['!']\nmax: 1",
            ["repetition"] = "kind: repetition\nexceptions: [had]",
            ["consistency"] = "kind: consistency\nsets: [[US, U.S.], [percent, per cent]]",
            ["conditional"] = "kind: conditional\nexceptions: [AP, NATO]",
            ["capitalization"] = "kind: capitalization\nstyle: ap",
            ["metric"] = "kind: metric\nformula: flesch-kincaid\nmax: 12",
        };
        var number = 4001;
        foreach (var (kind, check) in house)
        {
            var yaml = $"id: HS{number++}\nname: bench-{kind}\ntitle: Bench\nmessage: \"{{match}}\"\nseverity: warning\ncheck:\n"
                + string.Join("\n", check.Split('\n').Select(l => "  " + l)) + "\n";
            var catalog = RulePackLoader.Load([new RuleFile(kind + ".yaml", yaml)], new FileSystemRuleData([BuiltInRoot]));
            if (catalog.Errors.Count > 0) throw new InvalidOperationException(string.Join("; ", catalog.Errors.Select(e => e.Diagnostic.Message)));
            byKind[kind] = catalog.Rules.Single();
        }

        return byKind;
    }

    public static Article Parse(string text, bool markdown) =>
        ArticleParser.Parse(new SourceText(text, markdown ? "a.md" : "a.txt"), markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText);
}

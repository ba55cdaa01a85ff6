using BenchmarkDotNet.Attributes;
using Lint.Articles;
using Lint.Checks;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>ArticleParser.Parse over a typical article, plain text and Markdown.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private SourceText plain = null!;
    private SourceText markdown = null!;

    [GlobalSetup]
    public void Setup()
    {
        plain = new SourceText(Fixtures.TypicalText(false), "a.txt");
        markdown = new SourceText(Fixtures.TypicalText(true), "a.md");
    }

    [Benchmark(Description = "Parse plain text (5.6 KB)")]
    public Article ParsePlain() => ArticleParser.Parse(plain, ArticleFormat.PlainText);

    [Benchmark(Description = "Parse Markdown (5.6 KB)")]
    public Article ParseMarkdown() => ArticleParser.Parse(markdown, ArticleFormat.Markdown);
}

/// <summary>One rule of each check kind over a parsed typical article (the parse is not timed).</summary>
[MemoryDiagnoser]
public class CheckKindBenchmarks
{
    private Linter linter = null!;
    private Article article = null!;

    [Params("dateline", "paired-quotes", "terminal-punctuation", "copyright-year", "existence", "substitution", "occurrence",
        "repetition", "consistency", "conditional", "capitalization", "metric")]
    public string Kind { get; set; } = "";

    [Params(false, true)]
    public bool Markdown { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        linter = new Linter(new RuleCatalog([Fixtures.RulesByKind()[Kind]], []));
        article = Fixtures.Parse(Fixtures.TypicalText(Markdown), Markdown);
    }

    [Benchmark]
    public IReadOnlyList<LintDiagnostic> Check() => linter.Lint(article, Fixtures.Configuration);
}

/// <summary>The whole default pack on one article, parse included: what the CLI does per file.</summary>
[MemoryDiagnoser]
public class ArticleBenchmarks
{
    private Linter linter = null!;
    private SourceText plain = null!;
    private SourceText markdown = null!;

    [GlobalSetup]
    public void Setup()
    {
        linter = new Linter(Fixtures.LoadBuiltIn());
        plain = new SourceText(Fixtures.TypicalText(false), "a.txt");
        markdown = new SourceText(Fixtures.TypicalText(true), "a.md");
    }

    [Benchmark(Description = "Default pack, plain text article")]
    public IReadOnlyList<LintDiagnostic> LintPlain() => linter.Lint(plain, Fixtures.Configuration, ArticleFormat.PlainText);

    [Benchmark(Description = "Default pack, Markdown article")]
    public IReadOnlyList<LintDiagnostic> LintMarkdown() => linter.Lint(markdown, Fixtures.Configuration, ArticleFormat.Markdown);
}

/// <summary>Start-up work the CLI repeats in every process: loading the built-in pack, most of it the gazetteer.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string places = null!;
    private string cities = null!;

    [GlobalSetup]
    public void Setup()
    {
        places = File.ReadAllText(Path.Combine(Fixtures.BuiltInRoot, "data", "places.txt"));
        cities = File.ReadAllText(Path.Combine(Fixtures.BuiltInRoot, "data", "dateline-cities.tsv"));
    }

    [Benchmark(Description = "Load built-in pack (read + YAML + gazetteer)")]
    public RuleCatalog LoadBuiltIn() => Fixtures.LoadBuiltIn();

    [Benchmark(Description = "Gazetteer.Parse (300,956 places + cities)")]
    public object ParseGazetteer() => Gazetteer.Parse(places, cities);
}

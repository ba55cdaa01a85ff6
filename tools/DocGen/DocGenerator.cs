using System.Text;
using System.Text.RegularExpressions;
using Lint.Cli;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;

namespace Lint.Tools.DocGen;

/// <summary>A file the generator writes, by its path relative to the repository root (forward slashes), with the text it should hold.</summary>
/// <param name="Path">The path relative to the repository root, with forward slashes.</param>
/// <param name="Text">The whole text the file should hold, with LF line ends.</param>
public sealed record GeneratedFile(string Path, string Text);

/// <summary>What one generation produced: the files, and the problems that kept a part from being generated.</summary>
/// <param name="Files">Every file the generator owns, whole or in part, with its expected text.</param>
/// <param name="Problems">What must be fixed by hand first (a rule pack that does not load, a missing page, a missing marker).</param>
public sealed record Generation(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<string> Problems)
{
    /// <summary>The files whose text on disk (line ends aside) differs from the generated text, each with its first differing line.</summary>
    public IReadOnlyList<string> Stale(string root)
    {
        var stale = new List<string>();
        foreach (var file in Files)
        {
            var path = System.IO.Path.Combine(root, file.Path);
            var current = File.Exists(path) ? DocGenerator.ReadText(path) : null;
            if (current == file.Text) continue;
            stale.Add(current is null ? $"{file.Path}: missing" : $"{file.Path}: {FirstDifference(current, file.Text)}");
        }

        return stale;
    }

    /// <summary>Writes the files that differ from the generated text; returns their paths.</summary>
    public IReadOnlyList<string> Write(string root)
    {
        var written = new List<string>();
        foreach (var file in Files)
        {
            var path = System.IO.Path.Combine(root, file.Path);
            if (File.Exists(path) && DocGenerator.ReadText(path) == file.Text) continue;
            File.WriteAllText(path, file.Text);
            written.Add(file.Path);
        }

        return written;
    }

    private static string FirstDifference(string current, string expected)
    {
        var was = current.Split('\n');
        var wanted = expected.Split('\n');
        var line = 0;
        while (line < was.Length && line < wanted.Length && was[line] == wanted[line]) line++;
        return $"line {line + 1} is\n    {(line < was.Length ? was[line] : "<end>")}\n  and should be\n    {(line < wanted.Length ? wanted[line] : "<end>")}";
    }
}

/// <summary>
/// Generates the documentation that is derived from the rule catalogue, so that a new YAML rule needs only its rule file
/// and its page: the rule table in README.md (between <c>&lt;!-- rules:begin --&gt;</c> and <c>&lt;!-- rules:end --&gt;</c>),
/// the index docs/rules/README.md, and on each page docs/rules/ID.md the heading, the metadata line under it and the
/// output shown under "Output of `lint check story.txt …`, where `story.txt` is:" (the second code block after it),
/// which is what the CLI prints for the page's story. Everything else on a page is written by hand.
/// </summary>
public static partial class DocGenerator
{
    /// <summary>The command that regenerates the files, for messages.</summary>
    public const string Command = "dotnet run --project tools/DocGen";

    /// <summary>The time the CLI's clock reads while page examples run (every page gives --as-of; this keeps one that forgets it stable).</summary>
    public static readonly DateTime Clock = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

    private const string TableBegin = "<!-- rules:begin -->\n";
    private const string TableEnd = "<!-- rules:end -->";
    private const string TableHeader = "| ID | Name | Title | Default severity |\n| --- | --- | --- | --- |\n";

    /// <summary>An example on a rule page: the command, the story, then the output the generator fills in.</summary>
    [GeneratedRegex("Output of `lint check (?<name>story\\.(?:txt|md))(?<args>[^`]*)`, where `story\\.(?:txt|md)` is:\\n\\n```\\w*\\n(?<text>.*?)```\\n\\n```\\w*\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex PageExample();

    /// <summary>Generates every derived file from the repository at <paramref name="root"/> (the folder holding Lint.sln).</summary>
    public static Generation Generate(string root)
    {
        var problems = new List<string>();
        var catalog = LoadBuiltIn(root, problems);
        var rules = catalog.Rules.Select(r => r.Descriptor).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var engine = EngineRules.All.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var files = new List<GeneratedFile>();

        if (Readme(root, rules, problems) is { } readme) files.Add(readme);
        files.Add(new GeneratedFile("docs/rules/README.md", RulesIndex(engine, rules)));

        var described = engine.Concat(rules).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var fixable = catalog.Rules.Where(r => r.Examples.Any(e => e.Fixed is not null)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in described.Values)
        {
            if (!File.Exists(Path.Combine(root, "docs", "rules", rule.Id + ".md")))
                problems.Add($"docs/rules/{rule.Id}.md is missing: every rule has a page (What it flags, Why it matters, Examples, Options, How to suppress)");
        }

        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "docs", "rules"), "ED*.md").OrderBy(p => p, StringComparer.Ordinal))
        {
            var page = "docs/rules/" + Path.GetFileName(path);
            described.TryGetValue(Path.GetFileNameWithoutExtension(path), out var rule);
            files.Add(new GeneratedFile(page, Page(root, ReadText(path), rule, rule is not null && fixable.Contains(rule.Id), page, problems)));
        }

        return new Generation(files, problems);
    }

    /// <summary>A file's text with CRLF line ends read as LF, so that a Windows checkout is not stale.</summary>
    public static string ReadText(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The severity column of the tables: the default severity, or "off (… when on)" for a rule shipped switched off.</summary>
    public static string SeverityCell(RuleDescriptor rule) =>
        rule.EnabledByDefault ? rule.DefaultSeverity.ToName() : $"off ({rule.DefaultSeverity.ToName()} when on)";

    /// <summary>
    /// The line under a page's heading: name, default severity, category and, for a rule whose examples show a fix
    /// (<paramref name="fixable"/>), whether <c>lint fix</c> applies it by default or with <c>--unsafe-fixes</c>.
    /// </summary>
    public static string MetadataLine(RuleDescriptor rule, bool fixable) =>
        $"Rule name: `{rule.Name}` · Default severity: {rule.DefaultSeverity.ToName()}"
        + (rule.EnabledByDefault ? string.Empty : ", switched off until configured")
        + $" · Category: {rule.Category}"
        + (!fixable ? string.Empty : rule.FixSafety == FixSafety.Safe ? " · Fix: safe (`lint fix`)" : " · Fix: unsafe (`lint fix --unsafe-fixes`)");

    /// <summary>The built-in pack as <c>lint</c> loads it from the repository's rules/ folder.</summary>
    private static RuleCatalog LoadBuiltIn(string root, List<string> problems)
    {
        var loadProblems = new List<FileDiagnostic>();
        var environment = CliEnvironmentFor(root, TextWriter.Null, TextWriter.Null);
        var catalog = RulePacks.Load(environment, [], includeBuiltIn: true, loadProblems);
        foreach (var p in loadProblems.Concat(catalog.Errors))
            problems.Add($"{p.Path}({p.Diagnostic.Location.Start.Line},{p.Diagnostic.Location.Start.Column}): {p.Diagnostic.RuleId} {p.Diagnostic.Message}");
        return catalog;
    }

    private static GeneratedFile? Readme(string root, IReadOnlyList<RuleDescriptor> rules, List<string> problems)
    {
        var text = ReadText(Path.Combine(root, "README.md"));
        var start = text.IndexOf(TableBegin, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(TableEnd, start, StringComparison.Ordinal);
        if (start < 0 || end < 0)
        {
            problems.Add($"README.md: the rule table must sit between '{TableBegin.TrimEnd()}' and '{TableEnd}' lines");
            return null;
        }

        var table = new StringBuilder(TableHeader);
        foreach (var rule in rules)
            table.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Name} | {rule.Title} | {SeverityCell(rule)} |\n");
        start += TableBegin.Length;
        return new GeneratedFile("README.md", string.Concat(text.AsSpan(0, start), table.ToString(), text.AsSpan(end)));
    }

    private static string RulesIndex(IReadOnlyList<RuleDescriptor> engine, IReadOnlyList<RuleDescriptor> rules)
    {
        var sb = new StringBuilder();
        sb.Append("<!-- Generated from the rule files by tools/DocGen: run `").Append(Command).Append("` after changing a rule. -->\n");
        sb.Append("# Rules\n\n");
        sb.Append("One page per rule ID, each with what the rule flags, why it matters, examples, options and how to suppress\n");
        sb.Append($"it. {Range(rules)} the editorial rules of the built-in news pack (`rules/news/`); their severity can be\n");
        sb.Append("changed with `dotnet_diagnostic.ID.severity` in `.editorconfig` or `.globalconfig`, and their findings\n");
        sb.Append($"suppressed with `<!-- lint-disable ID -->` comments in the article. {Range(engine)} engine errors:\n");
        sb.Append("mistakes in rule files, configuration or input, and internal failures. They are always errors, cannot be\n");
        sb.Append("suppressed, and each page says how to fix the cause. IDs are never reused or renumbered.\n\n");
        sb.Append(TableHeader);
        foreach (var rule in engine.Concat(rules))
            sb.Append($"| [{rule.Id}]({rule.Id}.md) | `{rule.Name}` | {rule.Title} | {SeverityCell(rule)} |\n");
        return sb.ToString();

        static string Range(IReadOnlyList<RuleDescriptor> list) => list.Count switch
        {
            0 => "No rules are",
            1 => $"{list[0].Id} is",
            _ => $"{list[0].Id} to {list[^1].Id} are",
        };
    }

    /// <summary>The page with its heading, metadata line and example output regenerated; the rest as written.</summary>
    private static string Page(string root, string text, RuleDescriptor? rule, bool fixable, string page, List<string> problems)
    {
        if (rule is not null)
        {
            var lines = text.Split('\n').ToList();
            lines[0] = $"# {rule.Id}: {rule.Title}";
            if (lines.Count > 2 && lines[1].Length == 0 && lines[2].StartsWith("Rule name:", StringComparison.Ordinal)) lines[2] = MetadataLine(rule, fixable);
            else lines.InsertRange(1, ["", MetadataLine(rule, fixable)]);
            text = string.Join("\n", lines);
        }

        var sb = new StringBuilder();
        var copied = 0;
        foreach (Match example in PageExample().Matches(text))
        {
            var output = example.Groups["output"];
            var args = example.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (printed, error) = LintCheck(root, example.Groups["name"].Value, example.Groups["text"].Value, args);
            if (error.Length > 0) problems.Add($"{page}: lint check{example.Groups["args"].Value} wrote to standard error: {error.TrimEnd()}");
            sb.Append(text, copied, output.Index - copied).Append(printed);
            copied = output.Index + output.Length;
        }

        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Runs <c>lint check NAME ARGS</c> on <paramref name="story"/> in a fresh folder, as a reader of the page would.</summary>
    private static (string Out, string Error) LintCheck(string root, string name, string story, string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), "lint-docgen-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, name), story);
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            CliApp.Run(["check", name, .. args], CliEnvironmentFor(folder, output, error, root));
            return (output.ToString(), error.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The CLI's environment with the repository as the tool's folder (its rules/ is the built-in pack), no variables and a fixed clock.</summary>
    private static CliEnvironment CliEnvironmentFor(string directory, TextWriter output, TextWriter error, string? root = null) =>
        new(directory, root ?? directory, output, error)
        {
            GetVariable = _ => null,
            UtcNow = () => Clock,
            OutputIsTerminal = () => false,
            OpenInput = () => Stream.Null,
        };
}

using System.Globalization;
using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Reporting;
using Lint.Rules;
using Lint.Text;

namespace Lint.Cli;

/// <summary><c>lint check [PATH...]</c>: lint articles and report in text, JSON or SARIF; the exit code is the gate.</summary>
public static class CheckCommand
{
    private static readonly string[] Valued = ["--format", "--output", "--as-of", "--fail-level", "--min-level", "--rules", "--jobs", "--baseline", "--category", "--stdin-filename", "--exclude", "--color", "--shard"];
    private static readonly string[] Flags = ["--no-default-rules", "--no-frames", "--statistics", "--no-ignore", "--fix"];

    /// <summary>Short spellings of common options.</summary>
    private static readonly Dictionary<string, string> Short = new(StringComparer.Ordinal) { ["-f"] = "--format", ["-o"] = "--output" };

    /// <summary>Runs the command; returns the exit code. <paramref name="fix"/>: <c>lint fix</c>, which is <c>lint check --fix</c>.</summary>
    public static int Run(IEnumerable<string> args, CliEnvironment environment, bool fix = false)
    {
        var reader = new ArgumentReader(args, [.. Valued, .. FixCommand.Valued], [.. Flags, .. FixCommand.Flags], Short);
        if (fix && reader.Flag("--fix")) throw new UsageException("'--fix' is an option of lint check; lint fix always fixes");
        fix |= reader.Flag("--fix");
        var format = reader.Choice("--format", "text", [.. ReportWriter.Formats]);
        // The lowest severity is "suggestion" wherever it is typed or read; SARIF's "note" and the compilers' "info" are accepted too.
        var failLevel = reader.Choice("--fail-level", "error", [.. Levels, "none"]);
        var minLevel = Level(reader.Choice("--min-level", "suggestion", Levels));
        var category = reader.Value("--category");
        if (category is not null && (category.Length == 0 || category.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
            throw new UsageException($"option '--category' is '{category}'; expected a name without spaces, such as news or opinion");
        var jobs = Environment.ProcessorCount;
        if (reader.Value("--jobs") is { } jobsText && (!int.TryParse(jobsText, NumberStyles.None, CultureInfo.InvariantCulture, out jobs) || jobs < 1 || jobs > 256))
            throw new UsageException($"option '--jobs' is '{jobsText}'; expected a whole number from 1 to 256");
        if (reader.Flag("--no-default-rules") && reader.Values("--rules").Count == 0)
            throw new UsageException("'--no-default-rules' without '--rules DIR' leaves no rule to run; add the folder of your rule pack");

        // Standard input only when asked for with "-", never because nothing was named.
        var stdinName = reader.Value("--stdin-filename");
        var fromStdin = reader.Positional.Contains("-");
        if (fromStdin && reader.Positional.Count > 1)
            throw new UsageException("'-' (standard input) is linted alone; lint the other paths in another run");
        if (stdinName is not null && !fromStdin)
            throw new UsageException("'--stdin-filename' names standard input, which is read only with '-': lint check - --stdin-filename PATH");
        if (stdinName is not null && (stdinName.Length == 0 || stdinName.IndexOf('\0') >= 0))
            throw new UsageException("option '--stdin-filename' needs a path, such as news/story.md");
        Shard? shard = reader.Value("--shard") is { } shardText ? Shard.Parse(shardText) : null;
        if (shard is not null && fromStdin)
            throw new UsageException("'--shard' splits the files of a run between machines; standard input is one file, linted whole");

        var referenceDate = ResolveReferenceDate(reader.Value("--as-of"), environment);
        var baselineResults = ReadBaseline(reader.Value("--baseline"), environment);

        // A shard compares with its own files' part of the baseline: the rest is other shards', not absent.
        if (shard is { } own && baselineResults is not null) baselineResults = [.. baselineResults.Where(b => own.Contains(b.Path))];

        // Walking the tree (slow on network and overlay file systems) overlaps with loading the rules.
        var exclude = IgnoreRules.FromGlobs(reader.Values("--exclude"), environment.CurrentDirectory);
        var discovery = fromStdin ? null : Task.Run(() => FileDiscovery.Expand(reader.Positional, environment.CurrentDirectory, exclude: exclude, ignoreFiles: !reader.Flag("--no-ignore")));
        var notifications = new List<FileDiagnostic>();
        var catalog = RulePacks.Load(environment, reader.Values("--rules"), !reader.Flag("--no-default-rules"), notifications);
        notifications.AddRange(catalog.Errors);
        var configurations = new ConfigurationResolver(environment, catalog, referenceDate, reader.Value("--as-of") is null ? null : referenceDate);

        List<string> files;
        if (discovery is null)
        {
            files = [Path.GetFullPath(Path.Combine(environment.CurrentDirectory, stdinName ?? "stdin.txt"))];
        }
        else
        {
            var found = discovery.GetAwaiter().GetResult();
            files = found.Files;
            foreach (var (path, reason) in found.Problems) notifications.Add(Notifications.Unreadable(RulePacks.Display(environment, path), reason));
            foreach (var path in found.Missing) notifications.Add(Notifications.Unreadable(path, "no such file or directory, and no file matches it"));
            if (files.Count == 0 && found.Missing.Count == 0 && found.Problems.Count == 0)
            {
                var named = reader.Positional.Count == 0 ? "." : string.Join(", ", reader.Positional);
                throw new UsageException($"no article found in {named} (articles are {string.Join(", ", FileDiscovery.ArticleExtensions)} files; README and similar documents are linted only when named); nothing was linted");
            }

            // A shard may be empty (few files, many machines): its report is still written, for the merge, and it passes.
            if (shard is { } part)
            {
                files = files.Where(f => part.Contains(RulePacks.Display(environment, f))).ToList();
                if (files.Count == 0) environment.Error.WriteLine($"lint: no article in shard {part}; its report is written empty, for 'lint merge'");
            }
        }

        var outputPath = reader.Value("--output");
        var color = reader.Choice("--color", "auto", "auto", "always", "never");
        var options = new ReportOptions([.. catalog.Rules.Select(r => r.Descriptor), .. EngineRules.All], referenceDate)
        {
            Category = category,
            MinimumSeverity = minLevel,
            Frames = !reader.Flag("--no-frames"),
            Statistics = reader.Flag("--statistics"),
            Shard = shard?.ToString(),
            Color = format == "text" && outputPath is null && color switch
            {
                "always" => true,
                "never" => false,
                _ => environment.OutputIsTerminal() && string.IsNullOrEmpty(environment.GetVariable("NO_COLOR")),
            },
        };
        if (reader.Flag("--statistics") && format != "text")
            throw new UsageException($"'--statistics' counts findings by rule in the text format; {format} carries every finding");
        var fixer = FixCommand.From(reader, fix, catalog, options);
        if (fixer is { Diff: true } && outputPath is not null)
            throw new UsageException("'--diff' prints the changes to standard output and writes no report; leave out '--output'");
        using var output = outputPath is null ? null : ReportFile.Open(outputPath, environment, discovery is null ? [] : files);

        // Fixing standard input writes the fixed text to standard output, so the report goes to standard error; the
        // diff goes to standard output, and the report nowhere.
        var writer = fixer is { Diff: true } ? TextWriter.Null : output?.Writer ?? (fixer is not null && discovery is null ? environment.Error : environment.Out);
        ReportWriter report;
        try
        {
            report = ReportWriter.Create(format, writer, options, baselineResults is null ? null : new Baseline(baselineResults));
            // A single very long article's rules share the cores too, whatever --jobs says of files.
            var linter = new Linter(catalog, new ParallelRuleRunner(Environment.ProcessorCount));
            string Display(int i) => discovery is null ? (stdinName is null ? "<stdin>" : RulePacks.Display(environment, files[i])) : RulePacks.Display(environment, files[i]);
            if (fixer is not null)
            {
                FilePipeline.Run(files.Count, jobs, i =>
                {
                    if (discovery is not null) return fixer.FixFile(files[i], Display(i), linter, configurations.For(files[i]), notifications);
                    using var input = environment.OpenInput();
                    return fixer.FixInput(input, Display(i), files[i], linter, configurations.For(files[i]), notifications);
                }, article =>
                {
                    if (fixer.Diff) environment.Out.Write(article.Diff);
                    else if (article.Output is { } text) environment.Out.Write(text);
                    fixer.Count(article, environment.Error);
                    report.Add(article.Report);
                }, article => article.Report.Source?.Length ?? 0, WaitingCharacters);
            }
            else
            {
                FilePipeline.Run(files.Count, jobs, i =>
                {
                    var display = Display(i);
                    if (DocxArticle.IsDocx(files[i]))
                    {
                        using var stream = discovery is null ? environment.OpenInput() : null;
                        return DocxArticle.Lint(files[i], stream, display, linter, configurations.For(files[i]), notifications);
                    }

                    string? text;
                    string error;
                    if (discovery is null)
                    {
                        using var input = environment.OpenInput();
                        text = ArticleReader.Read(input, out error);
                    }
                    else
                    {
                        text = ArticleReader.Read(files[i], out error);
                    }

                    if (text is null)
                    {
                        lock (notifications) notifications.Add(Notifications.Unreadable(display, error));
                        return new FileReport(display, null, []);
                    }

                    var source = new SourceText(text, display);
                    return new FileReport(display, source, linter.Lint(source, configurations.For(files[i]), ArticleParser.FormatFromPath(files[i])));
                }, report.Add, file => file.Source?.Length ?? 0, WaitingCharacters);
            }

            notifications.AddRange(configurations.Problems);
            report.Finish(notifications);
            writer.Flush();
            output?.Commit();
        }
        catch (IOException ex)
        {
            // Reading never throws (unreadable files are findings), so this is the report that could not be written.
            // A report file is left as it was: the partial one is deleted with its temporary file.
            throw new OutputException($"cannot write the report to {(outputPath is null ? "standard output" : $"'{outputPath}'")}: {OutputException.Reason(ex)}");
        }

        if (fixer is not null) environment.Error.WriteLine(fixer.Summary());
        if (outputPath is not null) environment.Error.WriteLine(report.Summary());
        if (notifications.Count > 0) return ExitCodes.Usage;

        // --diff fails when there is something to fix, as a formatter's check does.
        if (fixer is { Diff: true }) return fixer.AnyDiff ? ExitCodes.Findings : ExitCodes.Success;
        // --fail-level none: findings never fail the run.
        var threshold = failLevel == "none" ? (Severity)int.MaxValue : Level(failLevel);
        return report.Tally.Fails(threshold) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The levels --fail-level and --min-level take: the lowest is suggestion, SARIF's note or the compilers' info.</summary>
    private static readonly string[] Levels = ["error", "warning", "suggestion", "note", "info"];

    /// <summary>A level as typed, read as rule files and configuration read it.</summary>
    private static Severity Level(string typed) => SeverityNames.TryParse(typed, out var severity) ? severity : Severity.Warning;

    /// <summary>
    /// The text that linted files may hold while they wait to be written (8 million characters, 16 MB): a window of
    /// long articles is not kept whole.
    /// </summary>
    private const long WaitingCharacters = 8_000_000;

    private static IReadOnlyList<BaselineResult>? ReadBaseline(string? path, CliEnvironment environment)
    {
        if (path is null) return null;
        var full = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, path));
        var text = ArticleReader.Read(full, out var error) ?? throw new UsageException($"cannot read the baseline '{path}': {error}");
        try
        {
            return Baseline.Read(text);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"the baseline '{path}' is {ex.Message}; write one with 'lint check --format sarif --output {path}'");
        }
    }

    /// <summary>--as-of, else SOURCE_DATE_EPOCH (seconds since 1970, UTC), else today's UTC date.</summary>
    public static ReferenceDate ResolveReferenceDate(string? asOf, CliEnvironment environment)
    {
        if (asOf is not null)
        {
            if (!ReferenceDate.TryParse(asOf, out var date)) throw new UsageException($"option '--as-of' is '{asOf}'; expected a date, YYYY-MM-DD");
            return date;
        }

        var epoch = environment.GetVariable("SOURCE_DATE_EPOCH");
        if (!string.IsNullOrWhiteSpace(epoch))
        {
            return ReferenceDate.TryParseSourceDateEpoch(epoch, out var date)
                ? date
                : throw new UsageException($"SOURCE_DATE_EPOCH is '{epoch}'; expected a whole number of seconds since 1970-01-01");
        }

        return ReferenceDate.FromDateTime(environment.UtcNow());
    }
}

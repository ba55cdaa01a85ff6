using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Reporting;
using Lint.Rules;
using Lint.Text;

namespace Lint.Cli;

/// <summary>
/// <c>lint rules try RULE PATH...</c>: runs one rule file (or a pack folder) over an archive as written, whatever the
/// configuration says (switched off, another pack, a severity of none), and shows what it would flag: how many
/// articles and findings, and the findings grouped by the text they flag, the most frequent first. With
/// <c>--compare</c>, what the rule as changed adds and removes against the rule as committed (<c>git show HEAD:…</c>).
/// </summary>
public static class RuleTryCommand
{
    private static readonly string[] Valued = ["--format", "--output", "--as-of", "--examples", "--exclude", "--jobs"];
    private static readonly string[] Flags = ["--compare", "--no-ignore"];
    private static readonly Dictionary<string, string> Short = new(StringComparer.Ordinal) { ["-f"] = "--format", ["-o"] = "--output" };

    /// <summary>How much of the line shows either side of a match in the text output.</summary>
    private const int ContextWidth = 50;

    /// <summary>The usage line, for errors.</summary>
    private const string Synopsis = "lint rules try RULE.yaml|PACK-FOLDER [PATH...] [--compare] [--format text|html] [--output FILE]";

    /// <summary>One article's findings under the rule as it is and, with --compare, as committed.</summary>
    private sealed record Tried(string Path, SourceText? Source, IReadOnlyList<LintDiagnostic> Now, IReadOnlyList<LintDiagnostic> Before);

    /// <summary>A finding with its article, for grouping.</summary>
    private sealed record Hit(string Path, SourceText Source, LintDiagnostic Diagnostic);

    /// <summary>Runs the command; returns the exit code (0, or 2 for a bad rule file or arguments).</summary>
    public static int Run(IEnumerable<string> args, CliEnvironment environment)
    {
        var reader = new ArgumentReader(args, Valued, Flags, Short);
        if (reader.Positional.Count == 0) throw new UsageException($"rules try needs a rule file or a pack folder, then the articles: {Synopsis}");
        var format = reader.Choice("--format", "text", "text", "html");
        var examples = 5;
        if (reader.Value("--examples") is { } examplesText && (!int.TryParse(examplesText, NumberStyles.None, CultureInfo.InvariantCulture, out examples) || examples > 100_000))
            throw new UsageException($"option '--examples' is '{examplesText}'; expected how many findings to show for each flagged text (0 for all)");
        var jobs = Environment.ProcessorCount;
        if (reader.Value("--jobs") is { } jobsText && (!int.TryParse(jobsText, NumberStyles.None, CultureInfo.InvariantCulture, out jobs) || jobs < 1 || jobs > 256))
            throw new UsageException($"option '--jobs' is '{jobsText}'; expected a whole number from 1 to 256");
        var referenceDate = CheckCommand.ResolveReferenceDate(reader.Value("--as-of"), environment);

        var ruleArgument = reader.Positional[0];
        var rulePath = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, ruleArgument));
        var kind = FileKinds.Of(rulePath);
        if (kind is not (FileKind.Regular or FileKind.Directory))
            throw new UsageException($"'{ruleArgument}' is not a rule file or a folder of rule files; {Synopsis}");
        var packRoot = kind == FileKind.Directory ? rulePath : Path.GetDirectoryName(rulePath)!;

        // The rule as it is now.
        var problems = new List<FileDiagnostic>();
        var ruleFiles = ReadRuleFiles(environment, rulePath, kind, problems);
        var catalog = Load(environment, ruleFiles, packRoot);
        if (Failed(environment, problems.Concat(catalog.Errors), ruleArgument)) return ExitCodes.Usage;
        if (catalog.Rules.Count == 0) throw new UsageException($"'{ruleArgument}' holds no rule");

        // The rule as committed.
        RuleCatalog? committed = null;
        string? committedName = null;
        if (reader.Flag("--compare"))
        {
            (var files, committedName) = Committed(environment, rulePath, kind, ruleArgument);
            committed = Load(environment, files, packRoot);
            if (Failed(environment, committed.Errors, committedName)) return ExitCodes.Usage;
        }

        // The articles.
        var exclude = IgnoreRules.FromGlobs(reader.Values("--exclude"), environment.CurrentDirectory);
        var paths = reader.Positional.Count > 1 ? reader.Positional.Skip(1).ToList() : ["."];
        var found = FileDiscovery.Expand(paths, environment.CurrentDirectory, exclude: exclude, ignoreFiles: !reader.Flag("--no-ignore"));
        var notifications = new List<FileDiagnostic>();
        foreach (var (path, reason) in found.Problems) notifications.Add(Notifications.Unreadable(RulePacks.Display(environment, path), reason));
        foreach (var path in found.Missing) notifications.Add(Notifications.Unreadable(path, "no such file or directory, and no file matches it"));
        var articles = found.Files.Where(f => !ruleFiles.Any(r => string.Equals(r.FullPath, f, StringComparison.Ordinal))).ToList();
        if (articles.Count == 0 && notifications.Count == 0)
            throw new UsageException($"no article found in {string.Join(", ", paths)} (articles are {string.Join(", ", FileDiscovery.ArticleExtensions)} files); nothing was tried");

        var now = new Linter(catalog);
        var before = committed is null ? null : new Linter(committed);
        var configurationNow = Forced(catalog, referenceDate);
        var configurationBefore = committed is null ? null : Forced(committed, referenceDate);
        var tried = new List<Tried>();
        FilePipeline.Run(articles.Count, jobs, i =>
        {
            var display = RulePacks.Display(environment, articles[i]);
            if (DocxArticle.IsDocx(articles[i]))
            {
                // A Word document's findings are placed in its paragraphs' text, the same way for both versions of the rule.
                var document = DocxArticle.Lint(articles[i], null, display, now, configurationNow, notifications);
                if (document.Source is null) return new Tried(display, null, [], []);
                var committedFindings = before is null ? [] : DocxArticle.Lint(articles[i], null, display, before, configurationBefore!, []).Diagnostics;
                return Keep(display, document.Source, document.Diagnostics, committedFindings);
            }

            var text = ArticleReader.Read(articles[i], out var error);
            if (text is null)
            {
                lock (notifications) notifications.Add(Notifications.Unreadable(display, error));
                return new Tried(display, null, [], []);
            }

            var source = new SourceText(text, display);
            var articleFormat = ArticleParser.FormatFromPath(articles[i]);
            return Keep(display, source, now.Lint(source, configurationNow, articleFormat), before is null ? [] : before.Lint(source, configurationBefore!, articleFormat));
        }, tried.Add);

        var title = catalog.Rules.Count == 1
            ? $"{catalog.Rules[0].Id} {catalog.Rules[0].Descriptor.Name}"
            : $"{catalog.Rules.Count} rules of {RulePacks.Display(environment, rulePath)}";
        var outputPath = reader.Value("--output");
        using var output = outputPath is null ? null : ReportFile.Open(outputPath, environment, articles);
        var writer = output?.Writer ?? environment.Out;
        try
        {
            if (format == "html") WriteHtml(writer, catalog, committed, tried, articles.Count, notifications, referenceDate, title, committedName);
            else writer.Write(Text(environment, catalog, committed, tried, articles.Count, examples, title, ruleArgument, committedName));
            writer.Flush();
            output?.Commit();
        }
        catch (IOException ex)
        {
            throw new OutputException($"cannot write the report to {(outputPath is null ? "standard output" : $"'{outputPath}'")}: {OutputException.Reason(ex)}");
        }

        foreach (var n in notifications)
            environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n.Path}({n.Diagnostic.Location.Start.Line},{n.Diagnostic.Location.Start.Column}): error {n.Diagnostic.RuleId}: {n.Diagnostic.Message}"));
        if (outputPath is not null) environment.Error.WriteLine(Headline(tried, articles.Count, t => t.Now));
        return notifications.Count > 0 ? ExitCodes.Usage : ExitCodes.Success;
    }

    /// <summary>An article's findings that are not switched off in the text; only an article with some keeps its text.</summary>
    private static Tried Keep(string display, SourceText source, IReadOnlyList<LintDiagnostic> now, IReadOnlyList<LintDiagnostic> before)
    {
        var findingsNow = now.Where(d => d.Suppression is null).ToList();
        var findingsBefore = before.Where(d => d.Suppression is null).ToList();
        return findingsNow.Count + findingsBefore.Count == 0 ? new Tried(display, null, [], []) : new Tried(display, source, findingsNow, findingsBefore);
    }

    /// <summary>Every rule of the catalog at its own severity, whatever configuration or <c>enabled: false</c> says.</summary>
    private static LintConfiguration Forced(RuleCatalog catalog, ReferenceDate date) => new(date)
    {
        Severities = catalog.Rules.ToDictionary(r => r.Id, r => r.Descriptor.DefaultSeverity, StringComparer.OrdinalIgnoreCase),
    };

    private sealed record TryRuleFile(string FullPath, RuleFile File);

    private static List<TryRuleFile> ReadRuleFiles(CliEnvironment environment, string path, FileKind kind, List<FileDiagnostic> problems)
    {
        var paths = new List<string>();
        if (kind == FileKind.Regular) paths.Add(path);
        else
        {
            var found = FileDiscovery.Expand(["."], path, [".yaml", ".yml"]);
            foreach (var (p, reason) in found.Problems) problems.Add(Notifications.Unreadable(RulePacks.Display(environment, p), reason));
            paths.AddRange(found.Files);
        }

        var files = new List<TryRuleFile>();
        foreach (var p in paths)
        {
            var text = ArticleReader.Read(p, out var error);
            if (text is null) problems.Add(Notifications.Unreadable(RulePacks.Display(environment, p), error));
            else files.Add(new TryRuleFile(p, new RuleFile(RulePacks.Display(environment, p), text)));
        }

        return files;
    }

    /// <summary>Loads the files as one pack named "try"; data paths resolve against the pack's folder, its parent, then the built-in pack.</summary>
    private static RuleCatalog Load(CliEnvironment environment, IEnumerable<TryRuleFile> files, string packRoot)
    {
        var builtIn = RulePacks.BuiltInRoot(environment);
        var roots = new List<string> { packRoot };
        if (Path.GetDirectoryName(packRoot) is { } parent) roots.Add(parent);
        roots.Add(builtIn);
        return RulePackLoader.Load([new RulePack([.. files.Select(f => f.File)], new FileSystemRuleData(roots)) { Name = "try", HelpBaseUri = string.Empty }], LintLinks.RuleDocsBaseUri);
    }

    /// <summary>Prints a rule file's errors as the compilers do; true when there were any.</summary>
    private static bool Failed(CliEnvironment environment, IEnumerable<FileDiagnostic> errors, string what)
    {
        var list = errors.ToList();
        foreach (var p in list)
            environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Path}({p.Diagnostic.Location.Start.Line},{p.Diagnostic.Location.Start.Column}): error {p.Diagnostic.RuleId}: {p.Diagnostic.Message}"));
        if (list.Count > 0) environment.Error.WriteLine($"lint: {what} has {Plural(list.Count, "error")}; nothing was tried");
        return list.Count > 0;
    }

    /// <summary>The committed rule files, read with git from the repository that holds the rule; a clear error otherwise.</summary>
    private static (List<TryRuleFile> Files, string Name) Committed(CliEnvironment environment, string path, FileKind kind, string argument)
    {
        var directory = kind == FileKind.Directory ? path : Path.GetDirectoryName(path)!;
        var top = Git(directory, ["rev-parse", "--show-toplevel"], out var error)?.TrimEnd('\n', '\r');
        if (top is null)
            throw new UsageException(error.StartsWith("git could not be started", StringComparison.Ordinal)
                ? $"--compare reads the committed rule with git: {error}"
                : $"--compare reads the committed rule with git, and '{argument}' is not in a git repository");
        var relative = Path.GetRelativePath(FileKinds.RealPath(top), FileKinds.RealPath(path)).Replace('\\', '/');
        var files = new List<TryRuleFile>();
        if (kind == FileKind.Regular)
        {
            var text = Git(top, ["show", "HEAD:" + relative], out error)
                ?? throw new UsageException($"'{argument}' has no committed version to compare with (git show HEAD:{relative}: {error}); commit it first, or leave out --compare");
            files.Add(new TryRuleFile(string.Empty, new RuleFile("HEAD:" + relative, text)));
        }
        else
        {
            var listing = Git(top, ["ls-tree", "-r", "--name-only", "-z", "HEAD", "--", relative == "." ? "." : relative], out error)
                ?? throw new UsageException($"'{argument}' has no committed version to compare with (git ls-tree HEAD: {error}); commit it first, or leave out --compare");
            foreach (var name in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(n => n.EndsWith(".yaml", StringComparison.Ordinal) || n.EndsWith(".yml", StringComparison.Ordinal)))
            {
                var text = Git(top, ["show", "HEAD:" + name], out error) ?? throw new UsageException($"cannot read HEAD:{name} with git: {error}");
                files.Add(new TryRuleFile(string.Empty, new RuleFile("HEAD:" + name, text)));
            }

            if (files.Count == 0) throw new UsageException($"'{argument}' holds no committed rule file to compare with; commit them first, or leave out --compare");
        }

        return (files, "HEAD:" + relative);
    }

    /// <summary>Runs git; its standard output, or null with the first line of its error.</summary>
    private static string? Git(string directory, IReadOnlyList<string> args, out string error)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            var errorText = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var first = errorText.Result.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? $"exit code {process.ExitCode}";
            error = first.StartsWith("fatal: ", StringComparison.Ordinal) ? first.Substring(7) : first;
            return process.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            error = $"git could not be started: {ex.Message}";
            return null;
        }
    }

    private static string Headline(IReadOnlyList<Tried> tried, int articles, Func<Tried, IReadOnlyList<LintDiagnostic>> findings)
    {
        var count = tried.Sum(t => findings(t).Count);
        var flagged = tried.Count(t => findings(t).Count > 0);
        return $"{Plural(count, "finding")} in {Number(flagged)} of {Plural(articles, "article")}";
    }

    private static string Text(CliEnvironment environment, RuleCatalog catalog, RuleCatalog? committed, IReadOnlyList<Tried> tried, int articles, int examples, string title, string argument, string? committedName)
    {
        var sb = new StringBuilder();
        foreach (var rule in catalog.Rules)
            sb.Append(rule.Id).Append(' ').Append(rule.Descriptor.Name).Append(" (").Append(rule.Descriptor.DefaultSeverity.ToName())
                .Append(rule.Descriptor.EnabledByDefault ? string.Empty : ", off by default").Append("): ").Append(rule.Descriptor.Title).Append('\n');
        sb.Append(Headline(tried, articles, t => t.Now)).Append('\n');
        var multiple = catalog.Rules.Count > 1 || (committed?.Rules.Count ?? 0) > 1;

        if (committed is null)
        {
            Groups(sb, tried.SelectMany(t => t.Now.Select(d => new Hit(t.Path, t.Source!, d))), examples, multiple, ' ');
            return sb.ToString();
        }

        // The diff: the same articles, so a finding is the same when its rule and span are.
        var added = new List<Hit>();
        var removed = new List<Hit>();
        foreach (var t in tried)
        {
            if (t.Source is null) continue;
            var old = t.Before.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
            foreach (var d in t.Now)
            {
                if (old.TryGetValue(Key(d), out var n) && n > 0) old[Key(d)] = n - 1;
                else added.Add(new Hit(t.Path, t.Source, d));
            }

            var current = t.Now.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
            foreach (var d in t.Before)
            {
                if (current.TryGetValue(Key(d), out var n) && n > 0) current[Key(d)] = n - 1;
                else removed.Add(new Hit(t.Path, t.Source, d));
            }
        }

        var unchanged = tried.Sum(t => t.Now.Count) - added.Count;

        // A finding the change moved or resized (the same rule over overlapping text) is one change, not two.
        var changed = new List<(Hit Before, Hit Now)>();
        foreach (var now in added.ToList())
        {
            var span = now.Diagnostic.Span;
            var old = removed.FirstOrDefault(r => r.Path == now.Path && r.Diagnostic.RuleId == now.Diagnostic.RuleId
                && r.Diagnostic.Span.Start < Math.Max(span.End, span.Start + 1) && span.Start < Math.Max(r.Diagnostic.Span.End, r.Diagnostic.Span.Start + 1));
            if (old is null) continue;
            changed.Add((old, now));
            added.Remove(now);
            removed.Remove(old);
        }

        sb.Append(CultureInfo.InvariantCulture, $"Against {committedName}: {Number(added.Count)} added, {Number(removed.Count)} removed, {Number(changed.Count)} changed, {Number(unchanged)} unchanged ({Headline(tried, articles, t => t.Before)} before)\n");
        if (added.Count > 0)
        {
            sb.Append("\nAdded:\n");
            Groups(sb, added, examples, multiple, '+');
        }

        if (removed.Count > 0)
        {
            sb.Append("\nRemoved:\n");
            Groups(sb, removed, examples, multiple, '-');
        }

        if (changed.Count > 0)
        {
            sb.Append("\nChanged (the same place, another span or message):\n");
            var groups = changed.GroupBy(c => $"\"{Flagged(c.Before)}\" → \"{Flagged(c.Now)}\"", StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                sb.Append('\n').Append(group.Key).Append(" × ").Append(Number(group.Count())).Append('\n');
                AppendHits(sb, group.Select(c => c.Now).ToList(), examples, multiple, '~');
            }
        }

        return sb.ToString();
    }

    private static string Key(LintDiagnostic d) => string.Create(CultureInfo.InvariantCulture, $"{d.RuleId}\n{d.Span.Start}\n{d.Span.Length}");

    /// <summary>The findings grouped by the text they flag, the most frequent first; each with its place and its line around the match.</summary>
    private static void Groups(StringBuilder sb, IEnumerable<Hit> hits, int examples, bool withRule, char sign)
    {
        var groups = hits
            .GroupBy(Flagged, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            sb.Append('\n').Append(group.Key.Length == 0 ? "(no text)" : $"\"{group.Key}\"").Append(" × ").Append(Number(group.Count())).Append('\n');
            AppendHits(sb, group.ToList(), examples, withRule, sign);
        }
    }

    private static string Flagged(Hit hit) =>
        HtmlReport.MatchKey(hit.Diagnostic.Span.End <= hit.Source.Length ? hit.Source[hit.Diagnostic.Span] : string.Empty);

    /// <summary>Each finding's place and its line around the match, up to <paramref name="examples"/> of them (0: all).</summary>
    private static void AppendHits(StringBuilder sb, IReadOnlyList<Hit> hits, int examples, bool withRule, char sign)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (examples > 0 && i == examples)
            {
                sb.Append("  … and ").Append(Number(hits.Count - i)).Append(" more\n");
                break;
            }

            var d = hits[i].Diagnostic;
            sb.Append("  ");
            if (sign != ' ') sb.Append(sign).Append(' ');
            sb.Append(hits[i].Path).Append(string.Create(CultureInfo.InvariantCulture, $"({d.Location.Start.Line},{d.Location.Start.Column})"));
            if (withRule) sb.Append(' ').Append(d.RuleId);
            sb.Append(": ").Append(Context(hits[i].Source, d.Span)).Append('\n');
        }
    }

    /// <summary>The line around a match with the match marked <c>[|…|]</c>, as rule examples mark it; line breaks and tabs shown as spaces.</summary>
    private static string Context(SourceText source, TextSpan span)
    {
        var text = source.Text;
        var start = Math.Min(span.Start, text.Length);
        var end = Math.Min(span.End, text.Length);
        var line = source.Lines.GetLineIndex(start);
        var lineStart = source.Lines.GetLineStart(line);
        var lineEnd = source.Lines.GetLineEnd(line, text);
        var from = TextWindow.Start(text, Math.Max(lineStart, start - ContextWidth));
        var matchEnd = Math.Min(end, start + 120);
        var to = TextWindow.End(text, Math.Min(Math.Max(lineEnd, matchEnd), matchEnd + ContextWidth));
        to = Math.Max(to, matchEnd);
        var sb = new StringBuilder();
        if (from > lineStart) sb.Append('…');
        sb.Append(text, from, start - from).Append("[|").Append(text, start, matchEnd - start);
        if (matchEnd < end) sb.Append('…');
        sb.Append("|]").Append(text, matchEnd, Math.Max(0, Math.Min(to, lineEnd) - matchEnd));
        if (to < lineEnd) sb.Append('…');
        return sb.ToString().Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
    }

    private static void WriteHtml(TextWriter writer, RuleCatalog catalog, RuleCatalog? committed, IReadOnlyList<Tried> tried, int articles,
        List<FileDiagnostic> notifications, ReferenceDate date, string title, string? committedName)
    {
        // Against the committed rule, its findings are the baseline: new (added), unchanged and absent (removed).
        Baseline? baseline = null;
        if (committed is not null)
        {
            var results = new List<BaselineResult>();
            foreach (var t in tried)
            {
                if (t.Source is null || t.Before.Count == 0) continue;
                var prints = Fingerprint.Compute(t.Source, t.Before);
                for (var i = 0; i < t.Before.Count; i++)
                {
                    var d = t.Before[i];
                    results.Add(new BaselineResult(t.Path, d.RuleId, d.Severity.ToSarifLevel(), d.Message, d.Location, t.Source[d.Span], prints[i], string.Empty));
                }
            }

            baseline = new Baseline(results);
        }

        var rules = catalog.Rules.Select(r => r.Descriptor).Concat(committed?.Rules.Select(r => r.Descriptor) ?? []).ToList();
        var report = new HtmlReport(writer, new ReportOptions(rules, date), baseline)
        {
            Title = "lint rules try " + title,
            Subtitle = (committedName is null ? string.Empty : $"compared with {committedName} (new: added by the change; absent: removed) · ") + Headline(tried, articles, t => t.Now),
            MatchesFirst = true,
        };
        foreach (var t in tried) report.Add(new FileReport(t.Path, t.Source, t.Now));
        report.Finish(notifications);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => $"{Number(count)} {noun}{(count == 1 ? string.Empty : "s")}";
}

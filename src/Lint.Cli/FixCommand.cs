using System.Globalization;
using System.Text;
using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Fixing;
using Lint.Loading;
using Lint.Reporting;
using Lint.Text;

namespace Lint.Cli;

/// <summary>
/// <c>lint fix [PATH...]</c> (and <c>lint check --fix</c>): what <c>check</c> does, with each article's fixes applied
/// first (see <see cref="Fixer"/>), written back byte for byte (<see cref="ArticleFile"/>), and the findings left
/// reported as <c>check</c> reports them. <c>--diff</c> prints what would change and changes nothing.
/// </summary>
internal sealed class FixCommand
{
    private readonly Dictionary<string, int> _byRule = new(StringComparer.Ordinal);
    private int _files;
    private int _fixedFiles;
    private int _fixes;
    private int _left;
    private int _leftUnsafe;
    private bool _anyDiff;

    private FixCommand(FixOptions options, bool diff)
    {
        Options = options;
        Diff = diff;
    }

    /// <summary>The options <c>check</c> does not have.</summary>
    public static readonly string[] Valued = ["--select"];

    /// <summary>The flags <c>check</c> does not have (<c>--fix</c> is check's own).</summary>
    public static readonly string[] Flags = ["--diff", "--unsafe-fixes"];

    /// <summary>Which fixes apply.</summary>
    public FixOptions Options { get; }

    /// <summary>Whether the run prints a diff instead of writing.</summary>
    public bool Diff { get; }

    /// <summary>Whether any article would change (for <c>--diff</c>'s exit code).</summary>
    public bool AnyDiff => _anyDiff;

    /// <summary>
    /// The fix options of this command line; null when it does not fix. Fix options without <c>lint fix</c> or
    /// <c>--fix</c>, and <c>--select</c> naming a rule not loaded, are usage errors.
    /// </summary>
    public static FixCommand? From(ArgumentReader reader, bool fixing, RuleCatalog catalog, ReportOptions report)
    {
        var selected = reader.Values("--select");
        if (!fixing)
        {
            foreach (var option in Flags.Concat(Valued))
            {
                if (reader.Flag(option) || reader.Values(option).Count > 0)
                    throw new UsageException($"'{option}' is an option of lint fix (or lint check --fix)");
            }

            return null;
        }

        HashSet<string>? ids = null;
        if (selected.Count > 0)
        {
            ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in selected.SelectMany(s => s.Split(',')).Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                var rule = catalog.FindByIdOrName(name)
                    ?? throw new UsageException($"option '--select' names '{name}', which is not a rule in effect; 'lint rules' lists them");
                ids.Add(rule.Id);
            }

            if (ids.Count == 0) throw new UsageException("option '--select' needs rule ids or names, such as ED1001,ED2002");
        }

        var options = new FixOptions
        {
            Unsafe = reader.Flag("--unsafe-fixes"),
            Include = d => report.IsShown(d) && (ids is null || ids.Contains(d.RuleId)),
        };
        return new FixCommand(options, reader.Flag("--diff"));
    }

    /// <summary>Fixes the article at <paramref name="path"/>, shown as <paramref name="display"/>.</summary>
    public FixedArticle FixFile(string path, string display, Linter linter, LintConfiguration configuration, List<FileDiagnostic> notifications)
    {
        // A Word document is reported, never rewritten: its fixes are left to the writer, in Word.
        if (DocxArticle.IsDocx(path)) return new FixedArticle(DocxArticle.Lint(path, null, display, linter, configuration, notifications), null, string.Empty) { NotFixed = true };

        var file = ArticleFile.Read(path, out var error);
        if (file is null)
        {
            lock (notifications) notifications.Add(Notifications.Unreadable(display, error));
            return new FixedArticle(new FileReport(display, null, []), null, string.Empty);
        }

        var format = ArticleParser.FormatFromPath(path);
        var source = new SourceText(file.Text, display);
        var result = Fixer.Run(linter, source, configuration, Options, format);
        if (!result.Changed) return new FixedArticle(new FileReport(display, source, result.Remaining), result, string.Empty);
        if (Diff) return new FixedArticle(new FileReport(display, new SourceText(result.Text, display), result.Remaining), result, UnifiedDiff.Create(display, file.Text, result.Text));

        var failure = file.Encode(result.Text) is { } bytes
            ? file.Replace(bytes)
            : "its bytes would not come back unchanged from its text (UTF-16 with an unpaired surrogate), so nothing was written";
        if (failure is not null)
        {
            // Not written: the article is as it was, and so are its findings.
            lock (notifications) notifications.Add(new FileDiagnostic(display, LintDiagnostic.AtFileStart(EngineRules.FixNotWritten, "the fixes were not written: " + failure)));
            return new FixedArticle(new FileReport(display, source, linter.Lint(source, configuration, format)), result with { Applied = [] }, string.Empty);
        }

        return new FixedArticle(new FileReport(display, new SourceText(result.Text, display), result.Remaining), result, string.Empty);
    }

    /// <summary>Fixes standard input, shown as <paramref name="display"/>; the fixed text is <see cref="FixedArticle.Output"/>.</summary>
    public FixedArticle FixInput(Stream input, string display, string formatPath, Linter linter, LintConfiguration configuration, List<FileDiagnostic> notifications)
    {
        if (DocxArticle.IsDocx(formatPath)) return new FixedArticle(DocxArticle.Lint(formatPath, input, display, linter, configuration, notifications), null, string.Empty) { NotFixed = true };

        byte[] bytes;
        try
        {
            using var memory = new MemoryStream();
            input.CopyTo(memory);
            bytes = memory.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            lock (notifications) notifications.Add(Notifications.Unreadable(display, "standard input could not be read: " + ex.Message));
            return new FixedArticle(new FileReport(display, null, []), null, string.Empty);
        }

        var file = ArticleFile.From(formatPath, bytes, out var error);
        if (file is null)
        {
            lock (notifications) notifications.Add(Notifications.Unreadable(display, error));
            return new FixedArticle(new FileReport(display, null, []), null, string.Empty);
        }

        var source = new SourceText(file.Text, display);
        var result = Fixer.Run(linter, source, configuration, Options, ArticleParser.FormatFromPath(formatPath));
        var diff = Diff ? UnifiedDiff.Create(display, file.Text, result.Text) : string.Empty;
        return new FixedArticle(new FileReport(display, new SourceText(result.Text, display), result.Remaining), result, diff) { Output = result.Text };
    }

    /// <summary>Counts one article's outcome and tells, on <paramref name="status"/>, what was fixed in it and what could not settle.</summary>
    public void Count(FixedArticle article, TextWriter status)
    {
        _files++;
        if (article.NotFixed && article.Report.Source is not null)
        {
            status.WriteLine($"lint: {article.Report.Path}: Word documents are checked but not fixed; fix them in Word");
            _left += article.Report.Diagnostics.Count(d => d.Suppression is null && (Options.Include?.Invoke(d) ?? true));
        }

        if (article.Result is not { } result) return;
        foreach (var finding in result.Remaining)
        {
            if (finding.Suppression is not null || !(Options.Include?.Invoke(finding) ?? true)) continue;
            _left++;
            if (!Options.Unsafe && finding.Fixes.Count > 0 && finding.Fixes[0].Safety == FixSafety.Unsafe) _leftUnsafe++;
        }

        if (result.Applied.Count == 0) return;
        _anyDiff |= article.Diff.Length > 0;
        _fixedFiles++;
        _fixes += result.Applied.Count;
        var rules = result.Applied.GroupBy(a => a.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var rule in rules) _byRule[rule.Key] = (_byRule.TryGetValue(rule.Key, out var n) ? n : 0) + rule.Count();
        var verb = Diff ? "would fix" : "fixed";
        status.WriteLine($"lint: {verb} {article.Report.Path}: {Plural(result.Applied.Count, "fix", "fixes")} ({string.Join(", ", rules.Select(r => r.Count() == 1 ? r.Key : $"{r.Key} ×{r.Count()}"))})");
        if (result.End == FixEnd.PassLimit)
            status.WriteLine($"lint: {article.Report.Path}: fixes were still to be made after {Options.MaxPasses} passes; run lint fix again, and report it if they never end");
        else if (result.End == FixEnd.Cycle)
            status.WriteLine($"lint: {article.Report.Path}: two rules' fixes undo each other ({string.Join(", ", rules.Select(r => r.Key))}); it is fixed as far as they agree");
    }

    /// <summary>The closing line: fixes made, in how many files, and what is left.</summary>
    public string Summary()
    {
        var verb = Diff ? "would be made" : "made";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"lint: {Plural(_fixes, "fix", "fixes")} {verb} in {_fixedFiles} of {Plural(_files, "file", "files")}");
        if (_byRule.Count > 0) text.Append(" (").Append(string.Join(", ", _byRule.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} ×{p.Value}"))).Append(')');
        text.Append(CultureInfo.InvariantCulture, $"; {Plural(_left, "finding", "findings")} left");
        if (_leftUnsafe > 0) text.Append(CultureInfo.InvariantCulture, $", {_leftUnsafe} with a fix that is not certain (--unsafe-fixes applies it)");
        return text.ToString();
    }

    private static string Plural(int count, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}

/// <summary>One article through <see cref="FixCommand"/>: its report (on the fixed text), what was fixed, and its diff under <c>--diff</c>.</summary>
internal sealed record FixedArticle(FileReport Report, FixResult? Result, string Diff)
{
    /// <summary>The fixed text of standard input, written to standard output.</summary>
    public string? Output { get; init; }

    /// <summary>A Word document: checked, never fixed.</summary>
    public bool NotFixed { get; init; }
}

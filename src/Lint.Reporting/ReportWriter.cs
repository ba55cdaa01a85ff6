using Lint.Diagnostics;
using Lint.Rules;

namespace Lint.Reporting;

/// <summary>
/// A report written as the files are linted, in path order: each file's findings go out (with its text still at
/// hand for snippets, frames and fingerprints) and are then forgotten, so memory does not grow with the archive.
/// The counts the summary and the gate need are kept in <see cref="Tally"/>.
/// </summary>
public abstract class ReportWriter
{
    private readonly Baseline? _baseline;
    private bool _finished;

    /// <summary>Starts a report.</summary>
    protected ReportWriter(System.IO.TextWriter output, ReportOptions options, Baseline? baseline)
    {
        Output = output;
        Options = options;
        _baseline = baseline;
    }

    /// <summary>The report's formats, as --format names them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "json", "sarif", "github", "html"];

    /// <summary>The running counts.</summary>
    public ReportTally Tally { get; } = new();

    /// <summary>Where the report goes.</summary>
    protected System.IO.TextWriter Output { get; }

    /// <summary>What the report shows.</summary>
    protected ReportOptions Options { get; }

    /// <summary>Whether findings are compared with a baseline.</summary>
    protected bool HasBaseline => _baseline is not null;

    /// <summary>Whether <see cref="WriteFile"/> writes the fingerprints; when it does not, and there is no baseline, it is given none.</summary>
    protected virtual bool WritesFingerprints => false;

    /// <summary>A writer for <paramref name="format"/> (one of <see cref="Formats"/>).</summary>
    public static ReportWriter Create(string format, System.IO.TextWriter output, ReportOptions options, Baseline? baseline = null) => format switch
    {
        "json" => new JsonReport(output, options, baseline),
        "sarif" => new SarifReport(output, options, baseline),
        "text" => new TextReport(output, options, baseline),
        "github" => new GitHubReport(output, options, baseline),
        "html" => new HtmlReport(output, options, baseline),
        _ => throw new ArgumentException($"unknown report format '{format}'", nameof(format)),
    };

    /// <summary>Writes one file's findings; files must come in the order they are to be reported.</summary>
    public void Add(FileReport file)
    {
        if (_finished) throw new InvalidOperationException("the report is finished");
        Tally.AddFile();
        // Hashing every finding costs a tenth of the time on a large archive: done only when something reads the result.
        var fingerprints = (HasBaseline || WritesFingerprints) && file.Source is not null && file.Diagnostics.Count > 0
            ? Fingerprint.Compute(file.Source, file.Diagnostics)
            : [];
        var states = _baseline?.Match(file, fingerprints);
        for (var i = 0; i < file.Diagnostics.Count; i++) Tally.Add(file.Diagnostics[i], Options.IsShown(file.Diagnostics[i]), states?[i]);
        WriteFile(file, fingerprints, states);
    }

    /// <summary>Writes the end: baseline results now absent, the notifications (sorted here), the summary.</summary>
    public void Finish(IEnumerable<FileDiagnostic> notifications)
    {
        if (_finished) throw new InvalidOperationException("the report is finished");
        _finished = true;
        var sorted = notifications.ToList();
        sorted.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Path, b.Path);
            return c != 0 ? c : a.Diagnostic.Location.Start.CompareTo(b.Diagnostic.Location.Start);
        });
        foreach (var n in sorted) Tally.AddNotification(n);
        var absent = _baseline?.Absent() ?? [];
        Tally.Absent = absent.Count;
        WriteEnd(sorted, absent);
        Output.Flush();
    }

    /// <summary>Writes a whole report at once: the files, then the end.</summary>
    public void WriteAll(IEnumerable<FileReport> files, IEnumerable<FileDiagnostic> notifications)
    {
        foreach (var file in files) Add(file);
        Finish(notifications);
    }

    /// <summary>"3 files checked: 2 errors, 1 warning, 0 suggestions (1 suppressed) in shard 2/4", from the tally so far.</summary>
    public string Summary()
    {
        var t = Tally;
        var text = FormattableString.Invariant($"{Plural(t.Files, "file")} checked: {Plural(t.Errors, "error")}, {Plural(t.Warnings, "warning")}, {Plural(t.Suggestions, "suggestion")}");
        if (t.Suppressed > 0) text += FormattableString.Invariant($" ({t.Suppressed} suppressed)");
        if (Options.Shard is { } shard) text += $" in shard {shard}";
        if (HasBaseline) text += FormattableString.Invariant($"; against the baseline: {t.New} new, {t.Unchanged} unchanged, {t.Updated} updated, {t.Absent} absent");
        return text;
    }

    /// <summary>Writes what <paramref name="sb"/> holds to the output, chunk by chunk (no string of it all), and empties it.</summary>
    protected void Drain(System.Text.StringBuilder sb)
    {
        if (sb.Length == 0) return;
        foreach (var chunk in sb.GetChunks()) Output.Write(chunk.Span);
        sb.Clear();
    }

    /// <summary>Writes one file; <paramref name="states"/> is null without a baseline.</summary>
    protected abstract void WriteFile(FileReport file, IReadOnlyList<string> fingerprints, IReadOnlyList<BaselineState>? states);

    /// <summary>Writes what comes after the last file.</summary>
    protected abstract void WriteEnd(IReadOnlyList<FileDiagnostic> notifications, IReadOnlyList<BaselineResult> absent);

    private static string Plural(int count, string noun) =>
        FormattableString.Invariant($"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}

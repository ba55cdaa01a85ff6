using System.Globalization;
using System.Text;
using Lint.Diagnostics;
using Lint.Rules;

namespace Lint.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>): a job that runs <c>lint check --format
/// github</c> shows each finding as an annotation on the pull request's diff without uploading SARIF. Suggestions
/// are notices. Suppressed findings are left out and, against a baseline, so are unchanged ones, as in text. Problems
/// met outside the articles follow, then the summary as a plain line.
/// </summary>
public sealed class GitHubReport(System.IO.TextWriter output, ReportOptions options, Baseline? baseline)
    : ReportWriter(output, options, baseline)
{
    private readonly StringBuilder _sb = new();

    /// <inheritdoc/>
    protected override void WriteFile(FileReport file, IReadOnlyList<string> fingerprints, IReadOnlyList<BaselineState>? states)
    {
        for (var i = 0; i < file.Diagnostics.Count; i++)
        {
            var d = file.Diagnostics[i];
            if (d.Suppression is not null || !Options.IsShown(d) || states?[i] == BaselineState.Unchanged) continue;
            Append(file.Path, d);
            if (_sb.Length >= 1 << 15) Drain(_sb);
        }

        Drain(_sb);
    }

    /// <inheritdoc/>
    protected override void WriteEnd(IReadOnlyList<FileDiagnostic> notifications, IReadOnlyList<BaselineResult> absent)
    {
        foreach (var n in notifications) Append(n.Path, n.Diagnostic);
        _sb.Append(Summary()).Append('\n');
        Drain(_sb);
    }

    private void Append(string path, LintDiagnostic d)
    {
        var start = d.Location.Start;
        var end = d.Location.End;
        _sb.Append("::").Append(d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" })
            .Append(" file=").Append(Property(path))
            .Append(",line=").Append(start.Line.ToString(CultureInfo.InvariantCulture))
            .Append(",col=").Append(start.Column.ToString(CultureInfo.InvariantCulture));
        if (end.Line > start.Line || end.Column > start.Column)
        {
            _sb.Append(",endLine=").Append(end.Line.ToString(CultureInfo.InvariantCulture));
            if (end.Line == start.Line) _sb.Append(",endColumn=").Append(end.Column.ToString(CultureInfo.InvariantCulture));
        }

        _sb.Append(",title=").Append(Property(d.RuleId)).Append("::").Append(Data(d.RuleId + ": " + d.Message)).Append('\n');
    }


    /// <summary>A message, escaped as the runner reads it: %, CR and LF.</summary>
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A property value, which also ends at ':' and ','.</summary>
    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}

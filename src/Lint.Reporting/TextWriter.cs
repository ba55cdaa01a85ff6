using System.Globalization;
using System.Text;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>
/// Compiler-style text: <c>path(line,col): warning ED2002: message</c> (what editors' and CI problem matchers
/// parse), then a short code frame with the flagged text underlined, then one summary line. Against a baseline,
/// only new and updated findings are listed (an archive's known problems would drown them); the summary counts all.
/// </summary>
public static class TextWriter
{
    private const int FrameWidth = 100;

    /// <summary>The text report; <paramref name="frames"/> adds the code frames.</summary>
    public static string Write(LintReport report, bool frames = true)
    {
        var sb = new StringBuilder();
        foreach (var n in report.Notifications) AppendLine(sb, n.Path, n.Diagnostic);
        foreach (var file in report.Files)
        {
            foreach (var d in file.Diagnostics)
            {
                if (d.Suppression is not null || !report.IsShown(d)) continue;
                var state = report.Baseline?.StateOf(d);
                if (state == BaselineState.Unchanged) continue;
                AppendLine(sb, file.Path, d, state switch
                {
                    BaselineState.New => " [new]",
                    BaselineState.Updated => " [updated]",
                    _ => string.Empty,
                });
                if (frames && file.Source is not null) AppendFrame(sb, file.Source, d);
            }
        }

        sb.Append(Summary(report)).Append('\n');
        return sb.ToString();
    }

    /// <summary>"3 files checked: 2 errors, 1 warning, 0 suggestions (1 suppressed)".</summary>
    public static string Summary(LintReport report)
    {
        var (errors, warnings, suggestions, suppressed) = report.Counts();
        var text = string.Format(CultureInfo.InvariantCulture, "{0} checked: {1}, {2}, {3}",
            Plural(report.Files.Count, "file"), Plural(errors, "error"), Plural(warnings, "warning"), Plural(suggestions, "suggestion"));
        if (suppressed > 0) text += string.Format(CultureInfo.InvariantCulture, " ({0} suppressed)", suppressed);
        if (report.Baseline is { } baseline)
        {
            var (added, unchanged, updated, absent) = baseline.Counts();
            text += string.Format(CultureInfo.InvariantCulture, "; against the baseline: {0} new, {1} unchanged, {2} updated, {3} absent", added, unchanged, updated, absent);
        }

        return text;
    }

    private static void AppendLine(StringBuilder sb, string path, LintDiagnostic d, string marker = "") =>
        sb.Append(path).Append('(').Append(d.Location.Start.Line.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(d.Location.Start.Column.ToString(CultureInfo.InvariantCulture)).Append("): ")
            .Append(d.Severity == Severity.Suggestion ? "info" : d.Severity.ToName()).Append(' ').Append(d.RuleId).Append(": ")
            .Append(d.Message).Append(marker).Append('\n');

    /// <summary>The flagged line, cut to a window around the finding, with carets under it.</summary>
    private static void AppendFrame(StringBuilder sb, SourceText source, LintDiagnostic d)
    {
        var lineNumber = d.Location.Start.Line;
        var line = source.GetLineText(lineNumber).Replace('\t', ' ');
        var start = d.Location.Start.Column - 1;
        var end = d.Location.End.Line == lineNumber ? d.Location.End.Column - 1 : line.Length;
        end = Math.Max(Math.Min(end, line.Length), start + 1);
        var windowStart = 0;
        var windowEnd = line.Length;
        if (line.Length > FrameWidth)
        {
            windowStart = Math.Max(0, Math.Min(start - 30, line.Length - FrameWidth));
            windowEnd = Math.Min(line.Length, windowStart + FrameWidth);
        }

        var prefix = windowStart > 0 ? "…" : string.Empty;
        var suffix = windowEnd < line.Length ? "…" : string.Empty;
        var number = lineNumber.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        sb.Append("  ").Append(number).Append(" | ").Append(prefix).Append(line, windowStart, windowEnd - windowStart).Append(suffix).Append('\n');
        var caretStart = prefix.Length + Math.Max(0, start - windowStart);
        var caretLength = Math.Max(1, Math.Min(end, windowEnd) - Math.Max(start, windowStart));
        sb.Append("  ").Append(gutter).Append(" | ").Append(' ', caretStart).Append('^', caretLength).Append('\n');
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}

using System.Text.Json;
using Lint.Diagnostics;
using Lint.Rules;

namespace Lint.Reporting;

/// <summary>Lint's own JSON: one object per file with its findings, fixes and suppression state, then a summary.</summary>
public static class JsonWriter
{
    /// <summary>The JSON text for <paramref name="report"/>.</summary>
    public static string Write(LintReport report) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("tool", report.Tool.Name);
        w.WriteString("version", report.Tool.Version);
        w.WriteString("referenceDate", report.ReferenceDate.ToString());
        w.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            w.WriteStartObject();
            w.WriteString("path", file.Path);
            w.WriteBoolean("read", file.Source is not null);
            w.WriteStartArray("diagnostics");
            foreach (var d in file.Diagnostics.Where(report.IsShown)) WriteDiagnostic(w, d, file, report.Baseline);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("notifications");
        foreach (var n in report.Notifications)
        {
            w.WriteStartObject();
            w.WriteString("path", n.Path);
            WriteFields(w, n.Diagnostic);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (report.Baseline is { } baseline)
        {
            w.WriteStartArray("absent");
            foreach (var absent in baseline.Absent.Where(report.IsShown))
            {
                w.WriteStartObject();
                w.WriteString("path", absent.Path);
                w.WriteString("ruleId", absent.RuleId);
                w.WriteString("message", absent.Message);
                w.WriteNumber("line", absent.Region.Start.Line);
                w.WriteNumber("column", absent.Region.Start.Column);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        var (errors, warnings, suggestions, suppressed) = report.Counts();
        w.WriteStartObject("summary");
        w.WriteNumber("files", report.Files.Count);
        w.WriteNumber("errors", errors);
        w.WriteNumber("warnings", warnings);
        w.WriteNumber("suggestions", suggestions);
        w.WriteNumber("suppressed", suppressed);
        if (report.Baseline is { } b)
        {
            var (added, unchanged, updated, gone) = b.Counts();
            w.WriteNumber("new", added);
            w.WriteNumber("unchanged", unchanged);
            w.WriteNumber("updated", updated);
            w.WriteNumber("absent", gone);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static void WriteDiagnostic(Utf8JsonWriter w, LintDiagnostic d, FileReport file, Baseline? baseline)
    {
        w.WriteStartObject();
        WriteFields(w, d);
        if (baseline is not null) w.WriteString("baselineState", baseline.StateOf(d).ToString().ToLowerInvariant());
        if (file.Source is not null && d.Span.End <= file.Source.Length) w.WriteString("text", file.Source[d.Span]);
        if (d.Arguments.Count > 0)
        {
            w.WriteStartObject("arguments");
            foreach (var pair in d.Arguments.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(pair.Key, pair.Value);
            w.WriteEndObject();
        }

        w.WriteStartArray("fixes");
        foreach (var fix in d.Fixes)
        {
            w.WriteStartObject();
            w.WriteString("description", fix.Description);
            w.WriteStartArray("replacements");
            foreach (var r in fix.Replacements)
            {
                w.WriteStartObject();
                w.WriteNumber("offset", r.Span.Start);
                w.WriteNumber("length", r.Span.Length);
                w.WriteString("newText", r.NewText);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (d.Suppression is not null) w.WriteString("suppressed", d.Suppression.Justification);
        w.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter w, LintDiagnostic d)
    {
        w.WriteString("ruleId", d.RuleId);
        w.WriteString("severity", d.Severity.ToName());
        w.WriteString("message", d.Message);
        w.WriteNumber("line", d.Location.Start.Line);
        w.WriteNumber("column", d.Location.Start.Column);
        w.WriteNumber("endLine", d.Location.End.Line);
        w.WriteNumber("endColumn", d.Location.End.Column);
    }
}

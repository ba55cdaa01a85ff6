using System.Text.Json;
using Lint.Diagnostics;
using Lint.Rules;

namespace Lint.Reporting;

/// <summary>Lint's own JSON: one object per file with its findings, fixes and suppression state, then a summary.</summary>
public sealed class JsonReport : JsonReportWriter
{
    /// <summary>Starts the report: the tool, the reference date, the opening of the files array.</summary>
    public JsonReport(System.IO.TextWriter output, ReportOptions options, Baseline? baseline)
        : base(output, options, baseline)
    {
        Json.WriteStartObject();
        Json.WriteString("tool", options.Tool.Name);
        Json.WriteString("version", options.Tool.Version);
        Json.WriteString("referenceDate", options.ReferenceDate.ToString());
        Json.WriteStartArray("files");
    }

    /// <inheritdoc/>
    protected override void WriteFile(FileReport file, IReadOnlyList<string> fingerprints, IReadOnlyList<BaselineState>? states)
    {
        var w = Json;
        w.WriteStartObject();
        w.WriteString("path", file.Path);
        w.WriteBoolean("read", file.Source is not null);
        w.WriteStartArray("diagnostics");
        for (var i = 0; i < file.Diagnostics.Count; i++)
        {
            if (!Options.IsShown(file.Diagnostics[i])) continue;
            WriteDiagnostic(w, file.Diagnostics[i], file, states?[i]);
            DrainIfFull();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        Drain();
    }

    /// <inheritdoc/>
    protected override void WriteEnd(IReadOnlyList<FileDiagnostic> notifications, IReadOnlyList<BaselineResult> absent)
    {
        var w = Json;
        w.WriteEndArray();
        w.WriteStartArray("notifications");
        foreach (var n in notifications)
        {
            w.WriteStartObject();
            w.WriteString("path", n.Path);
            WriteFields(w, n.Diagnostic);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (HasBaseline)
        {
            w.WriteStartArray("absent");
            foreach (var result in absent.Where(Options.IsShown))
            {
                w.WriteStartObject();
                w.WriteString("path", result.Path);
                w.WriteString("ruleId", result.RuleId);
                w.WriteString("message", result.Message);
                w.WriteNumber("line", result.Region.Start.Line);
                w.WriteNumber("column", result.Region.Start.Column);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        var t = Tally;
        w.WriteStartObject("summary");
        w.WriteNumber("files", t.Files);
        w.WriteNumber("errors", t.Errors);
        w.WriteNumber("warnings", t.Warnings);
        w.WriteNumber("suggestions", t.Suggestions);
        w.WriteNumber("suppressed", t.Suppressed);
        if (HasBaseline)
        {
            w.WriteNumber("new", t.New);
            w.WriteNumber("unchanged", t.Unchanged);
            w.WriteNumber("updated", t.Updated);
            w.WriteNumber("absent", t.Absent);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        Close();
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, LintDiagnostic d, FileReport file, BaselineState? state)
    {
        w.WriteStartObject();
        WriteFields(w, d);
        if (state is { } s) w.WriteString("baselineState", s.ToString().ToLowerInvariant());
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
            w.WriteBoolean("safe", fix.Safety == FixSafety.Safe);
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

using System.Text.Json;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>
/// Writes SARIF 2.1.0 for GitHub code scanning and VS Code's SARIF Viewer: full rule metadata, repository-relative
/// URIs under SRCROOT, complete regions in UTF-16 columns, snippets and context regions, GitHub's line hash plus
/// Lint's own fingerprint, fixes, in-source suppressions, and notifications for files that could not be read and
/// rule files that could not be loaded. No timestamps and no absolute paths, so the same input gives the same bytes.
/// </summary>
public sealed class SarifReport : JsonReportWriter
{
    /// <summary>The schema URI GitHub's documentation uses; VS Code's viewer accepts it.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>
    /// The longest snippet written, in characters: past it a region goes without one. A finding's snippets then cost a
    /// bounded amount however long its line; a paragraph of published news stays well under it.
    /// </summary>
    private const int SnippetLimit = 4096;

    /// <summary>How far the context region of a finding on a very long line reaches either side of it.</summary>
    private const int ContextMargin = 200;

    /// <summary>The run property that holds a sharded run's part, "2/4", for <c>lint merge</c>.</summary>
    public const string ShardProperty = "lintShard";

    private readonly Dictionary<string, int> _ruleIndex;

    /// <summary>
    /// Starts the log: the driver with every rule evaluated, then the one engine rule that can stand in results (a
    /// check that failed on a file), the run's settings, the opening of the results array.
    /// </summary>
    public SarifReport(System.IO.TextWriter output, ReportOptions options, Baseline? baseline)
        : base(output, options, baseline)
    {
        var rules = options.Rules
            .Where(r => r.Category != "engine" || r.Id == Loading.EngineRules.CheckFailed.Id)
            .GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(r => r.Category == "engine").ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        _ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        var w = Json;
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", options.Tool.Name);
        w.WriteString("fullName", options.Tool.Name + " editorial linter");
        w.WriteString("version", options.Tool.Version);
        w.WriteString("semanticVersion", options.Tool.Version);
        w.WriteString("informationUri", options.Tool.InformationUri);
        w.WriteStartArray("rules");
        foreach (var rule in rules) WriteRule(w, rule);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        if (options.Category is { Length: > 0 } category)
        {
            w.WriteStartObject("automationDetails");
            w.WriteString("id", category.TrimEnd('/') + "/");
            w.WriteEndObject();
        }

        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject("SRCROOT");
        w.WriteStartObject("description");
        w.WriteString("text", "The directory Lint was run from; in CI, the repository root.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartArray("results");
    }

    /// <inheritdoc/>
    protected override bool WritesFingerprints => true;

    /// <inheritdoc/>
    protected override void WriteFile(FileReport file, IReadOnlyList<string> fingerprints, IReadOnlyList<BaselineState>? states)
    {
        if (file.Source is null || file.Diagnostics.Count == 0) return;
        IReadOnlyList<string>? lineHashes = null;
        for (var i = 0; i < file.Diagnostics.Count; i++)
        {
            var diagnostic = file.Diagnostics[i];
            if (!Options.IsShown(diagnostic)) continue;
            lineHashes ??= LineHash.Compute(file.Source.Text);
            WriteResult(Json, file, diagnostic, _ruleIndex, lineHashes, fingerprints[i], states?[i]);
            DrainIfFull();
        }

        Drain();
    }

    /// <inheritdoc/>
    protected override void WriteEnd(IReadOnlyList<FileDiagnostic> notifications, IReadOnlyList<BaselineResult> absent)
    {
        var w = Json;
        foreach (var result in absent)
        {
            if (Options.IsShown(result)) WriteAbsent(w, result, _ruleIndex);
        }

        w.WriteEndArray();
        WriteInvocation(w, notifications);
        if (Options.Shard is { } shard)
        {
            // Not in automationDetails.id: code scanning reads the category from it, and uploads of one category replace each other.
            w.WriteStartObject("properties");
            w.WriteString(ShardProperty, shard);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        Close();
    }

    private static void WriteRule(Utf8JsonWriter w, RuleDescriptor rule)
    {
        var description = RuleText.Sentence(rule.Description.Length > 0 ? rule.Description : rule.Title);
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", RuleText.PascalName(rule));
        WriteText(w, "shortDescription", RuleText.Sentence(rule.Title));
        WriteText(w, "fullDescription", Truncate(description, 1024));
        // A rule without a page of its own (a newsroom's rule with no help-uri) gets no link rather than a dead one.
        var helpUri = rule.HelpUri;
        w.WriteStartObject("help");
        if (helpUri.Length > 0)
        {
            w.WriteString("text", $"{description} Documentation: {helpUri}");
            w.WriteString("markdown", $"{description}\n\nSee [{rule.Id} {rule.Name}]({helpUri}) for examples and how to switch it off.");
        }
        else
        {
            w.WriteString("text", description);
            w.WriteString("markdown", description);
        }

        w.WriteEndObject();
        if (helpUri.Length > 0) w.WriteString("helpUri", helpUri);
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", rule.DefaultSeverity.ToSarifLevel());
        if (!rule.EnabledByDefault) w.WriteBoolean("enabled", false);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("category", rule.Category);
        w.WriteStartArray("tags");
        foreach (var tag in new[] { "editorial", rule.Category }.Concat(rule.Tags).Distinct(StringComparer.Ordinal).Take(10)) w.WriteStringValue(tag);
        w.WriteEndArray();
        w.WriteString("precision", rule.Precision);
        w.WriteString("problem.severity", rule.DefaultSeverity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "recommendation",
        });
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter w, IReadOnlyList<FileDiagnostic> notifications)
    {
        var configuration = notifications.Where(n => n.Diagnostic.RuleId != Loading.EngineRules.UnreadableFile.Id).ToList();
        var execution = notifications.Where(n => n.Diagnostic.RuleId == Loading.EngineRules.UnreadableFile.Id).ToList();
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", notifications.Count == 0);
        if (configuration.Count > 0)
        {
            w.WriteStartArray("toolConfigurationNotifications");
            foreach (var n in configuration) WriteNotification(w, n);
            w.WriteEndArray();
        }

        if (execution.Count > 0)
        {
            w.WriteStartArray("toolExecutionNotifications");
            foreach (var n in execution) WriteNotification(w, n);
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteNotification(Utf8JsonWriter w, FileDiagnostic notification)
    {
        var d = notification.Diagnostic;
        w.WriteStartObject();
        w.WriteString("level", d.Severity.ToSarifLevel());
        WriteText(w, "message", RuleText.Sentence($"{notification.Path}({d.Location.Start.Line},{d.Location.Start.Column}): {d.Message}"));
        w.WriteStartObject("descriptor");
        w.WriteString("id", d.RuleId);
        w.WriteEndObject();
        if (IsRelativePath(notification.Path))
        {
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            WriteArtifact(w, notification.Path);
            if (d.Location.Start.Line > 0)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", d.Location.Start.Line);
                w.WriteNumber("startColumn", d.Location.Start.Column);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>A baseline result that is gone: written back as it was, so viewers can show what was fixed.</summary>
    private static void WriteAbsent(Utf8JsonWriter w, BaselineResult absent, Dictionary<string, int> ruleIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", absent.RuleId);
        if (ruleIndex.TryGetValue(absent.RuleId, out var index)) w.WriteNumber("ruleIndex", index);
        w.WriteString("level", absent.Level);
        WriteText(w, "message", RuleText.Sentence(absent.Message));
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        WriteArtifact(w, absent.Path);
        WriteRegion(w, "region", absent.Region, absent.Snippet);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("partialFingerprints");
        if (absent.LineHash.Length > 0) w.WriteString("primaryLocationLineHash", absent.LineHash);
        if (absent.Fingerprint.Length > 0) w.WriteString(Fingerprint.Key, absent.Fingerprint);
        w.WriteEndObject();
        w.WriteString("baselineState", "absent");
        w.WriteStartArray("suppressions");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, FileReport file, LintDiagnostic d, Dictionary<string, int> ruleIndex, IReadOnlyList<string> lineHashes, string fingerprint, BaselineState? state)
    {
        var source = file.Source!;
        w.WriteStartObject();
        w.WriteString("ruleId", d.RuleId);
        if (ruleIndex.TryGetValue(d.RuleId, out var index)) w.WriteNumber("ruleIndex", index);
        w.WriteString("level", d.Severity.ToSarifLevel());
        WriteText(w, "message", RuleText.Sentence(d.Message));

        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        WriteArtifact(w, file.Path);
        WriteRegion(w, "region", d.Location, d.Span.Length <= SnippetLimit ? source[d.Span] : null, file.ByParagraph ? d.Span : null);
        if (ContextOf(source, d.Location) is { } context && context != d.Location) WriteRegion(w, "contextRegion", context, Snippet(source, context));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("partialFingerprints");
        var line = d.Location.Start.Line;
        w.WriteString("primaryLocationLineHash", line - 1 < lineHashes.Count ? lineHashes[line - 1] : lineHashes[lineHashes.Count - 1]);
        w.WriteString(Fingerprint.Key, fingerprint);
        w.WriteEndObject();

        if (d.Fixes.Count > 0)
        {
            w.WriteStartArray("fixes");
            foreach (var fix in d.Fixes)
            {
                w.WriteStartObject();
                WriteText(w, "description", RuleText.Sentence(fix.Description));
                w.WriteStartArray("artifactChanges");
                w.WriteStartObject();
                WriteArtifact(w, file.Path);
                w.WriteStartArray("replacements");
                foreach (var replacement in fix.Replacements)
                {
                    w.WriteStartObject();
                    WriteRegion(w, "deletedRegion", source.GetLineSpan(replacement.Span), null);
                    w.WriteStartObject("insertedContent");
                    w.WriteString("text", replacement.NewText);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndArray();

                // Whether lint fix applies it without --unsafe-fixes.
                w.WriteStartObject("properties");
                w.WriteBoolean("safe", fix.Safety == FixSafety.Safe);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (state is { } baselineState) w.WriteString("baselineState", baselineState.ToString().ToLowerInvariant());
        w.WriteStartArray("suppressions");
        if (d.Suppression is { } suppression)
        {
            w.WriteStartObject();
            w.WriteString("kind", "inSource");
            w.WriteString("status", "accepted");
            w.WriteString("justification", suppression.Justification);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// The whole lines the finding stands on: its paragraph in one-paragraph-a-line copy. Lines longer together than
    /// <see cref="SnippetLimit"/> (a whole article on one line) give the finding and up to <see cref="ContextMargin"/>
    /// characters either side instead, so that each finding's context costs a bounded amount; a finding longer than
    /// the limit itself has no context region.
    /// </summary>
    private static LinePositionSpan? ContextOf(SourceText source, LinePositionSpan location)
    {
        var lines = source.Lines;
        var text = source.Text;
        var endLine = location.End.Line;
        var lineEnd = lines.GetLineEnd(endLine - 1, text);
        var endColumn = Math.Max(lineEnd - lines.GetLineStart(endLine - 1) + 1, location.End.Column);
        var whole = new LinePositionSpan(new LinePosition(location.Start.Line, 1), new LinePosition(endLine, endColumn));
        var start = lines.GetLineStart(location.Start.Line - 1);
        var end = lines.GetLineStart(endLine - 1) + endColumn - 1;
        if (end - start <= SnippetLimit) return whole;

        var regionStart = start + location.Start.Column - 1;
        var regionEnd = lines.GetLineStart(endLine - 1) + location.End.Column - 1;
        var contextStart = TextWindow.Start(text, Math.Max(start, regionStart - ContextMargin));
        var contextEnd = TextWindow.End(text, Math.Min(end, regionEnd + ContextMargin));
        if (contextEnd - contextStart > SnippetLimit) return null;
        return new LinePositionSpan(lines.GetPosition(contextStart), lines.GetPosition(Math.Min(contextEnd, text.Length)));
    }

    /// <summary>The text under <paramref name="span"/>; none (no snippet) past <see cref="SnippetLimit"/> characters.</summary>
    private static string? Snippet(SourceText source, LinePositionSpan span)
    {
        var start = source.Lines.GetLineStart(span.Start.Line - 1) + span.Start.Column - 1;
        var end = Math.Min(source.Lines.GetLineStart(span.End.Line - 1) + span.End.Column - 1, source.Length);
        return end - start <= SnippetLimit ? source.Text.Substring(start, end - start) : null;
    }

    private static void WriteRegion(Utf8JsonWriter w, string name, LinePositionSpan span, string? snippet, TextSpan? characters = null)
    {
        w.WriteStartObject(name);
        w.WriteNumber("startLine", span.Start.Line);
        w.WriteNumber("startColumn", span.Start.Column);
        w.WriteNumber("endLine", span.End.Line);
        w.WriteNumber("endColumn", span.End.Column);
        if (characters is { } offsets)
        {
            // A Word document: where in its text (the paragraphs, one a line) the region is.
            w.WriteNumber("charOffset", offsets.Start);
            w.WriteNumber("charLength", offsets.Length);
        }

        if (snippet is { Length: > 0 })
        {
            w.WriteStartObject("snippet");
            w.WriteString("text", snippet);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter w, string path)
    {
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", ReportPaths.ToUri(path));
        w.WriteString("uriBaseId", "SRCROOT");
        w.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static bool IsRelativePath(string path) =>
        path.Length > 0 && !path.StartsWith("/", StringComparison.Ordinal) && !path.Contains(':') && !path.Split('/', '\\').Contains("..");

    private static string Truncate(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
}

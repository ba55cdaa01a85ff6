using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>
/// One self-contained HTML page (inline CSS, script and charts; a Content-Security-Policy that allows no network):
/// totals, findings by rule and by folder, the articles with the most findings, and every finding with its frame,
/// message, fixes and rule link, with filters that work from a file. The findings are written as the files are
/// linted, as JSON in inert script blocks (every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped, so article text
/// can never close a block or become markup); the page's script renders them in pages of rows, with
/// <c>textContent</c> only. The summary, known only at the end, follows the data in the document.
/// </summary>
public sealed class HtmlReport : ReportWriter
{
    /// <summary>How many characters of a long line a frame shows.</summary>
    private const int FrameWidth = 160;

    /// <summary>The longest replaced or inserted text shown in full; longer ones are cut with an ellipsis.</summary>
    private const int ShownTextLimit = 200;

    /// <summary>A data block is closed and written once it holds about this many bytes.</summary>
    private const int BlockBytes = 1 << 15;

    /// <summary>The most distinct flagged texts counted; past it new texts are no longer counted (the table shows the top ones).</summary>
    private const int MatchLimit = 20_000;

    /// <summary>HTML-sensitive characters escaped (so no text closes a script block), every other character kept readable.</summary>
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _json;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly StringBuilder _sb = new();
    private char[] _chars = new char[1 << 16];
    private bool _started;
    private bool _blockOpen;
    private readonly List<(int Index, string Path)> _pendingFiles = [];
    private int _fileCount;

    private readonly Dictionary<string, int[]> _byRule = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byState = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byMatch = new(StringComparer.Ordinal);
    private readonly List<(string Path, int Count)> _articles = [];
    private int _findings;
    private int _suppressed;
    private readonly int[] _suppressedByLevel = new int[3];
    private readonly int[] _absentByLevel = new int[3];

    /// <summary>The line near the top of every page that says Lint wrote it (see <see cref="IsReport"/>).</summary>
    public const string Marker = "<meta name=\"lint-report\" content=\"html\">";

    /// <summary>
    /// Whether the file at <paramref name="path"/> is a page this writer made (its first kilobyte holds
    /// <see cref="Marker"/>): folder walks leave it out, so that a report kept beside the articles is neither linted as
    /// an HTML article nor refused as the next run's output. False when it cannot be read; reading it later says why.
    /// </summary>
    public static bool IsReport(string path)
    {
        try
        {
            using var handle = System.IO.File.OpenHandle(path);
            var head = new byte[1024];
            var read = System.IO.RandomAccess.Read(handle, head, 0);
            return Encoding.UTF8.GetString(head, 0, read).Contains(Marker, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is System.IO.IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Starts a page; nothing is written before the first file (or the end).</summary>
    public HtmlReport(System.IO.TextWriter output, ReportOptions options, Baseline? baseline)
        : base(output, options, baseline) =>
        _json = new Utf8JsonWriter(_buffer, JsonOptions);

    /// <summary>The page's title and heading.</summary>
    public string Title { get; init; } = "Lint report";

    /// <summary>A line under the heading (what was run), if any.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Whether the summary leads with the flagged texts, most frequent first (for previewing a rule).</summary>
    public bool MatchesFirst { get; init; }

    /// <summary>The severity columns of the per-rule counts.</summary>
    private static readonly string[] Levels = ["error", "warning", "suggestion"];

    /// <inheritdoc/>
    protected override void WriteFile(FileReport file, IReadOnlyList<string> fingerprints, IReadOnlyList<BaselineState>? states)
    {
        Start();
        if (file.Source is null) return;
        var fileIndex = -1;
        var count = 0;
        for (var i = 0; i < file.Diagnostics.Count; i++)
        {
            var d = file.Diagnostics[i];
            if (!Options.IsShown(d)) continue;
            if (fileIndex < 0) fileIndex = _fileCount++;
            var state = states?[i];
            var flagged = d.Span.End <= file.Source.Length ? file.Source[d.Span] : string.Empty;
            Count(file.Path, d.RuleId, d.Severity.ToName(), state is { } s ? Name(s) : null, flagged, d.Suppression is not null);
            count++;
            OpenBlock(fileIndex, file.Path);
            WriteFinding(file.Source, d, fileIndex, state);
            if (_json.BytesPending + _buffer.WrittenCount >= BlockBytes) CloseBlock();
        }

        if (count > 0) _articles.Add((file.Path, count));
    }

    /// <inheritdoc/>
    protected override void WriteEnd(IReadOnlyList<FileDiagnostic> notifications, IReadOnlyList<BaselineResult> absent)
    {
        Start();
        var paths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var result in absent)
        {
            if (!Options.IsShown(result)) continue;
            if (!paths.TryGetValue(result.Path, out var index)) paths[result.Path] = index = _fileCount++;
            var level = SeverityNames.TryParseSarifLevel(result.Level).ToName();
            Count(result.Path, result.RuleId, level, "absent", result.Snippet, suppressed: false);
            OpenBlock(index, result.Path);
            WriteAbsent(result, index, level);
            if (_json.BytesPending + _buffer.WrittenCount >= BlockBytes) CloseBlock();
        }

        CloseBlock();
        WriteSummary(notifications);
        _sb.Append("<script>").Append(Asset("report.js")).Append("</script>\n</body>\n</html>\n");
        Drain(_sb);
    }

    private static string Name(BaselineState state) => state.ToString().ToLowerInvariant();

    private void Count(string path, string ruleId, string level, string? state, string flagged, bool suppressed)
    {
        _findings++;
        if (!_byRule.TryGetValue(ruleId, out var counts)) _byRule[ruleId] = counts = new int[Levels.Length];
        var at = Array.IndexOf(Levels, level) is var found and >= 0 ? found : Levels.Length - 1;
        counts[at]++;
        if (suppressed)
        {
            _suppressed++;
            _suppressedByLevel[at]++;
        }

        if (state == "absent") _absentByLevel[at]++;
        var folder = Folder(path);
        _byFolder[folder] = _byFolder.TryGetValue(folder, out var n) ? n + 1 : 1;
        if (state is not null) _byState[state] = _byState.TryGetValue(state, out var m) ? m + 1 : 1;
        var key = MatchKey(flagged);
        if (_byMatch.TryGetValue(key, out var k)) _byMatch[key] = k + 1;
        else if (_byMatch.Count < MatchLimit) _byMatch[key] = 1;
    }

    /// <summary>A flagged text as the matches table groups it: white space folded, cut at 80 characters.</summary>
    public static string MatchKey(string flagged)
    {
        var sb = new StringBuilder();
        var space = false;
        foreach (var c in flagged)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            // Cut at 80 characters, never between the halves of a surrogate pair.
            if (sb.Length >= 80 && !char.IsLowSurrogate(c))
            {
                sb.Append('…');
                break;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The folder an article is in ("." at the top): the section or desk it belongs to.</summary>
    public static string Folder(string path)
    {
        var slash = path.Replace('\\', '/').LastIndexOf('/');
        return slash > 0 ? path.Substring(0, slash) : ".";
    }

    private void Start()
    {
        if (_started) return;
        _started = true;
        _sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n").Append(Marker).Append('\n')
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"").Append(Encode(Options.Tool.Name + " " + Options.Tool.Version)).Append("\">\n")
            .Append("<title>").Append(Encode(Title)).Append("</title>\n<style>").Append(Asset("report.css")).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>").Append(Encode(Title)).Append("</h1>\n<p class=\"sub\">");
        if (Subtitle is not null) _sb.Append(Encode(Subtitle)).Append(" · ");
        _sb.Append(Encode(Options.Tool.Name)).Append(' ').Append(Encode(Options.Tool.Version)).Append(" · reference date ").Append(Encode(Options.ReferenceDate.ToString()));
        if (Options.Shard is { } shard) _sb.Append(" · shard ").Append(Encode(shard));
        _sb.Append("</p>\n<noscript><p class=\"warn\">The findings are listed by the page's script; allow scripts for this file to see them.</p></noscript>\n</header>\n");
        Drain(_sb);
    }

    private void OpenBlock(int fileIndex, string path)
    {
        if (!_blockOpen)
        {
            _blockOpen = true;
            _pendingFiles.Clear();
            _json.Reset();
            _json.WriteStartObject();
            _json.WriteStartArray("items");
        }

        if (_pendingFiles.Count == 0 || _pendingFiles[^1].Index != fileIndex) _pendingFiles.Add((fileIndex, path));
    }

    private void CloseBlock()
    {
        if (!_blockOpen) return;
        _blockOpen = false;
        _json.WriteEndArray();
        _json.WriteStartArray("files");
        foreach (var (index, path) in _pendingFiles)
        {
            _json.WriteStartArray();
            _json.WriteNumberValue(index);
            _json.WriteStringValue(path);
            _json.WriteEndArray();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        Output.Write("<script type=\"application/json\" class=\"lint-data\">");
        var bytes = _buffer.WrittenSpan;
        var needed = _decoder.GetCharCount(bytes, flush: true);
        if (_chars.Length < needed) _chars = new char[Math.Max(needed, _chars.Length * 2)];
        var count = _decoder.GetChars(bytes, _chars, flush: true);
        Output.Write(_chars, 0, count);
        Output.Write("</script>\n");
        _buffer.ResetWrittenCount();
    }

    private void WriteFinding(SourceText source, LintDiagnostic d, int fileIndex, BaselineState? state)
    {
        var w = _json;
        w.WriteStartObject();
        w.WriteNumber("f", fileIndex);
        w.WriteString("r", d.RuleId);
        w.WriteString("s", d.Severity.ToName());
        w.WriteString("m", d.Message);
        w.WriteNumber("l", d.Location.Start.Line);
        w.WriteNumber("c", d.Location.Start.Column);
        if (state is { } s) w.WriteString("k", Name(s));
        if (d.Suppression is { } suppression) w.WriteString("u", suppression.Justification);
        WriteFrame(w, source, d);
        if (d.Fixes.Count > 0)
        {
            w.WriteStartArray("x");
            foreach (var fix in d.Fixes)
            {
                w.WriteStartObject();
                w.WriteString("d", RuleText.Sentence(fix.Description));
                w.WriteBoolean("safe", fix.Safety == FixSafety.Safe);
                w.WriteStartArray("r");
                foreach (var replacement in fix.Replacements)
                {
                    var old = replacement.Span.End <= source.Length ? source[replacement.Span] : string.Empty;
                    w.WriteStartArray();
                    w.WriteStringValue(Shorten(old));
                    w.WriteStringValue(Shorten(replacement.NewText));
                    w.WriteEndArray();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private void WriteAbsent(BaselineResult result, int fileIndex, string level)
    {
        var w = _json;
        w.WriteStartObject();
        w.WriteNumber("f", fileIndex);
        w.WriteString("r", result.RuleId);
        w.WriteString("s", level);
        w.WriteString("m", result.Message);
        w.WriteNumber("l", result.Region.Start.Line);
        w.WriteNumber("c", result.Region.Start.Column);
        w.WriteString("k", "absent");
        w.WriteStartArray("w");
        w.WriteNumberValue(result.Region.Start.Line);
        w.WriteStringValue(string.Empty);
        w.WriteStringValue(Shorten(result.Snippet));
        w.WriteStringValue(string.Empty);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// The frame: the flagged line as [line, before, flagged, after], cut to a window around the finding on a long
    /// line (an ellipsis marks a cut); a span over several lines is shown to the end of its first line.
    /// </summary>
    private static void WriteFrame(Utf8JsonWriter w, SourceText source, LintDiagnostic d)
    {
        var lineNumber = d.Location.Start.Line;
        if (lineNumber < 1 || lineNumber > source.Lines.LineCount) return;
        var text = source.Text;
        var lineStart = source.Lines.GetLineStart(lineNumber - 1);
        var lineEnd = source.Lines.GetLineEnd(lineNumber - 1, text);
        var start = Math.Clamp(lineStart + d.Location.Start.Column - 1, lineStart, lineEnd);
        var end = d.Location.End.Line == lineNumber ? Math.Clamp(lineStart + d.Location.End.Column - 1, start, lineEnd) : lineEnd;
        var windowStart = lineStart;
        var windowEnd = lineEnd;
        if (lineEnd - lineStart > FrameWidth)
        {
            windowStart = TextWindow.Start(text, Math.Max(lineStart, Math.Min(start - 50, lineEnd - FrameWidth)));
            windowEnd = TextWindow.End(text, Math.Min(lineEnd, Math.Max(windowStart + FrameWidth, Math.Min(end, start + FrameWidth))));
            if (end > windowEnd) end = windowEnd;
        }

        w.WriteStartArray("w");
        w.WriteNumberValue(lineNumber);
        w.WriteStringValue((windowStart > lineStart ? "…" : string.Empty) + text.Substring(windowStart, start - windowStart));
        w.WriteStringValue(text.AsSpan(start, end - start));
        w.WriteStringValue(text.Substring(end, windowEnd - end) + (windowEnd < lineEnd ? "…" : string.Empty));
        w.WriteEndArray();
    }

    private static string Shorten(string text) => text.Length <= ShownTextLimit ? text : text.Substring(0, TextWindow.End(text, ShownTextLimit)) + "…";

    private void WriteSummary(IReadOnlyList<FileDiagnostic> notifications)
    {
        var rules = Options.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var sb = _sb;
        var t = Tally;

        sb.Append("<script type=\"application/json\" id=\"lint-meta\">");
        var meta = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(meta, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteBoolean("baseline", HasBaseline);
            w.WriteStartObject("rules");
            foreach (var id in _byRule.Keys.Order(StringComparer.Ordinal))
            {
                w.WriteStartObject(id);
                if (rules.TryGetValue(id, out var rule))
                {
                    w.WriteString("name", rule.Name);
                    w.WriteString("title", rule.Title);
                    if (SafeLink(rule.HelpUri) is { } uri) w.WriteString("uri", uri);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        sb.Append(Encoding.UTF8.GetString(meta.WrittenSpan)).Append("</script>\n");

        // Totals.
        sb.Append("<section id=\"totals\" aria-label=\"Totals\"><dl class=\"totals\">");
        Total(sb, "files", "articles checked", t.Files);
        // The archive as it is: findings now present (a baseline's absent results have their own count).
        Total(sb, "findings", "findings", _findings - _absentByLevel.Sum());
        Total(sb, "error", "errors", _byRule.Values.Sum(c => c[0]) - SuppressedAt(0));
        Total(sb, "warning", "warnings", _byRule.Values.Sum(c => c[1]) - SuppressedAt(1));
        Total(sb, "suggestion", "suggestions", _byRule.Values.Sum(c => c[2]) - SuppressedAt(2));
        if (_suppressed > 0) Total(sb, "suppressed", "suppressed", _suppressed);
        if (HasBaseline)
        {
            foreach (var state in new[] { "new", "unchanged", "updated", "absent" })
                Total(sb, "state-" + state, state, _byState.GetValueOrDefault(state));
        }

        if (notifications.Count > 0) Total(sb, "notifications", "problems outside the articles", notifications.Count);
        sb.Append("</dl></section>\n");

        sb.Append("<div class=\"charts\">\n");
        if (MatchesFirst) Matches(sb);

        // By rule: a bar for each severity.
        var max = _byRule.Count == 0 ? 1 : _byRule.Values.Max(c => c[0] + c[1] + c[2]);
        sb.Append("<section class=\"chart\" id=\"by-rule\"><h2>Findings by rule</h2>");
        if (_byRule.Count == 0) sb.Append("<p>No findings.</p>");
        else
        {
            sb.Append("<p class=\"legend\"><i class=\"sev-error\"></i>error <i class=\"sev-warning\"></i>warning <i class=\"sev-suggestion\"></i>suggestion</p>");
            sb.Append("<table><tbody>");
            foreach (var (id, counts) in _byRule.OrderByDescending(p => p.Value[0] + p.Value[1] + p.Value[2]).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                var total = counts[0] + counts[1] + counts[2];
                rules.TryGetValue(id, out var rule);
                sb.Append("<tr data-rule=\"").Append(Encode(id)).Append("\"><th scope=\"row\"><a class=\"filter-link\" href=\"#rule=").Append(Uri.EscapeDataString(id)).Append("\">").Append(Encode(id)).Append("</a>");
                if (rule is not null)
                {
                    sb.Append(' ');
                    if (SafeLink(rule.HelpUri) is { } uri) sb.Append("<a class=\"rule-page\" href=\"").Append(Encode(uri)).Append("\" title=\"The rule's page\">").Append(Encode(rule.Name)).Append("</a>");
                    else sb.Append("<span class=\"rule-name\">").Append(Encode(rule.Name)).Append("</span>");
                }

                sb.Append("</th><td class=\"n\">").Append(Number(total)).Append("</td><td class=\"bar-cell\">");
                for (var i = 0; i < Levels.Length; i++)
                {
                    if (counts[i] == 0) continue;
                    sb.Append("<span class=\"bar sev-").Append(Levels[i]).Append("\" style=\"width:").Append(Percent(counts[i], max)).Append("%\" title=\"")
                        .Append(Number(counts[i])).Append(' ').Append(Levels[i]).Append(counts[i] == 1 ? string.Empty : "s").Append("\"></span>");
                }

                sb.Append("</td></tr>");
            }

            sb.Append("</tbody></table>");
        }

        sb.Append("</section>\n");
        Drain(sb);

        Bars(sb, "by-folder", "Findings by folder", "folder", _byFolder, 30, f => f);
        Bars(sb, "top-articles", "Articles with the most findings", "file",
            _articles.GroupBy(a => a.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(a => a.Count), StringComparer.Ordinal), 20, p => p);
        if (!MatchesFirst) Matches(sb);
        sb.Append("</div>\n");

        // Filters: they read and write the fragment, so a filtered view is a link.
        sb.Append("<section id=\"findings\"><h2>Findings</h2>\n<form id=\"filters\" class=\"filters\" onsubmit=\"return false\">");
        Select(sb, "rule", "Rule", _byRule.Keys.Order(StringComparer.Ordinal).Select(id => (id, rules.TryGetValue(id, out var r) ? $"{id} {r.Name}" : id)));
        Select(sb, "severity", "Severity", Levels.Select(l => (l, l)));
        Select(sb, "folder", "Folder", _byFolder.Keys.Order(StringComparer.Ordinal).Select(f => (f, f)));
        if (HasBaseline) Select(sb, "state", "Baseline", new[] { "new", "unchanged", "updated", "absent" }.Select(s => (s, s)));
        sb.Append("<label>Text <input type=\"search\" id=\"filter-text\" name=\"text\" placeholder=\"words in the finding or its line\"></label>");
        sb.Append("<button type=\"button\" id=\"filter-clear\">Show all</button></form>\n");
        sb.Append("<p id=\"shown\" class=\"shown\" aria-live=\"polite\"></p>\n<ol id=\"list\" class=\"list\"></ol>\n<p><button type=\"button\" id=\"more\" hidden>Show more</button></p>\n</section>\n");

        if (notifications.Count > 0)
        {
            sb.Append("<section id=\"notifications\"><h2>Problems outside the articles</h2><ul>");
            foreach (var n in notifications)
            {
                sb.Append("<li><span class=\"sev sev-").Append(n.Diagnostic.Severity.ToName()).Append("\">").Append(n.Diagnostic.Severity.ToName()).Append("</span> <code>")
                    .Append(Encode(n.Diagnostic.RuleId)).Append("</code> <span class=\"loc\">").Append(Encode(n.Path))
                    .Append(string.Create(CultureInfo.InvariantCulture, $"({n.Diagnostic.Location.Start.Line},{n.Diagnostic.Location.Start.Column})")).Append("</span> ")
                    .Append(Encode(n.Diagnostic.Message)).Append("</li>");
            }

            sb.Append("</ul></section>\n");
        }

        sb.Append("<footer><p>").Append(Encode(Summary())).Append("</p></footer>\n");
    }

    private int SuppressedAt(int level) => _suppressedByLevel[level] + _absentByLevel[level];

    private void Matches(StringBuilder sb) =>
        Bars(sb, "by-text", "Flagged text, most frequent first", "text", _byMatch, MatchesFirst ? 50 : 20, m => m.Length == 0 ? "(empty)" : m);

    private void Bars(StringBuilder sb, string id, string heading, string filter, Dictionary<string, int> counts, int limit, Func<string, string> label)
    {
        sb.Append("<section class=\"chart\" id=\"").Append(id).Append("\"><h2>").Append(Encode(heading)).Append("</h2>");
        if (counts.Count == 0)
        {
            sb.Append("<p>No findings.</p></section>\n");
            return;
        }

        var rows = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(limit).ToList();
        var max = rows[0].Value;
        sb.Append("<table><tbody>");
        foreach (var (key, count) in rows)
        {
            sb.Append("<tr><th scope=\"row\"><a class=\"filter-link\" href=\"#").Append(filter).Append('=').Append(Uri.EscapeDataString(key)).Append("\">")
                .Append(Encode(label(key))).Append("</a></th><td class=\"n\">").Append(Number(count)).Append("</td><td class=\"bar-cell\"><span class=\"bar\" style=\"width:")
                .Append(Percent(count, max)).Append("%\"></span></td></tr>");
            if (sb.Length >= BlockBytes) Drain(sb);
        }

        sb.Append("</tbody></table>");
        if (counts.Count > rows.Count) sb.Append("<p class=\"more\">").Append(Number(counts.Count - rows.Count)).Append(" more not shown.</p>");
        sb.Append("</section>\n");
        Drain(sb);
    }

    private static void Select(StringBuilder sb, string name, string label, IEnumerable<(string Value, string Text)> options)
    {
        sb.Append("<label>").Append(label).Append(" <select id=\"filter-").Append(name).Append("\" name=\"").Append(name).Append("\"><option value=\"\">all</option>");
        foreach (var (value, text) in options) sb.Append("<option value=\"").Append(Encode(value)).Append("\">").Append(Encode(text)).Append("</option>");
        sb.Append("</select></label>");
    }

    private static void Total(StringBuilder sb, string key, string label, int value) =>
        sb.Append("<div class=\"total total-").Append(key).Append("\"><dt>").Append(Encode(label)).Append("</dt><dd data-total=\"").Append(key).Append("\">")
            .Append(Number(value)).Append("</dd></div>");

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(int value, int max) => (max == 0 ? 0 : Math.Max(0.5, 100.0 * value / max)).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A rule page link only over http(s): a rule file's <c>help-uri</c> is input, and a <c>javascript:</c> one must not become a link.</summary>
    private static string? SafeLink(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp) ? parsed.AbsoluteUri : null;

    /// <summary>Text for HTML content or a quoted attribute value.</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            });
            if (c is not ('<' or '>' or '&' or '"' or '\'')) sb.Append(c);
        }

        return sb.ToString();
    }

    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal);

    /// <summary>The page's stylesheet or script, embedded in the assembly.</summary>
    internal static string Asset(string name)
    {
        lock (Assets)
        {
            if (Assets.TryGetValue(name, out var text)) return text;
            using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream("Lint.Reporting.Html." + name)
                ?? throw new InvalidOperationException($"the page asset {name} is missing from the assembly");
            using var reader = new System.IO.StreamReader(stream);
            return Assets[name] = reader.ReadToEnd();
        }
    }
}

using System.Globalization;
using System.Text;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>
/// Compiler-style text: <c>path(line,col): warning ED2002: message</c> (what editors' and CI problem matchers
/// parse), then a short code frame with the flagged text underlined; after the last file, problems met outside the
/// articles (rule files, configuration, unreadable files), then one summary line. Against a baseline, only new
/// and updated findings are listed (an archive's known problems would drown them); the summary counts all.
/// </summary>
public sealed class TextReport(System.IO.TextWriter output, ReportOptions options, Baseline? baseline)
    : ReportWriter(output, options, baseline)
{
    private const int FrameWidth = 100;

    /// <summary>A file with thousands of findings goes out in pieces of about this many characters, not all at once.</summary>
    private const int DrainFrom = 1 << 15;
    private readonly StringBuilder _sb = new();

    /// <inheritdoc/>
    protected override void WriteFile(FileReport file, IReadOnlyList<string> fingerprints, IReadOnlyList<BaselineState>? states)
    {
        if (Options.Statistics) return;
        for (var i = 0; i < file.Diagnostics.Count; i++)
        {
            var d = file.Diagnostics[i];
            if (d.Suppression is not null || !Options.IsShown(d)) continue;
            var state = states?[i];
            if (state == BaselineState.Unchanged) continue;
            AppendLine(_sb, file.Path, d, state switch
            {
                BaselineState.New => " [new]",
                BaselineState.Updated => " [updated]",
                _ => string.Empty,
            }, Options.Color, file.ByParagraph);
            if (Options.Frames && file.Source is not null) AppendFrame(_sb, file.Source, d, Options.Color);
            if (_sb.Length >= DrainFrom) Drain(_sb);
        }

        Drain(_sb);
    }

    /// <inheritdoc/>
    protected override void WriteEnd(IReadOnlyList<FileDiagnostic> notifications, IReadOnlyList<BaselineResult> absent)
    {
        if (Options.Statistics) AppendStatistics();
        foreach (var n in notifications) AppendLine(_sb, n.Path, n.Diagnostic, color: Options.Color);
        _sb.Append(Summary()).Append('\n');
        Drain(_sb);
    }

    /// <summary>One line a rule with findings, the most frequent first: count, id, severity and name.</summary>
    private void AppendStatistics()
    {
        var rules = Options.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var rows = Tally.ByRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var width = rows.Count == 0 ? 1 : rows.Max(r => r.Value.ToString(CultureInfo.InvariantCulture).Length);
        foreach (var (id, count) in rows)
        {
            rules.TryGetValue(id, out var rule);
            _sb.Append(count.ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append("  ").Append(id);
            if (rule is not null) _sb.Append("  ").Append(rule.Name);
            _sb.Append('\n');
        }
    }


    // ANSI colours: bold for the place, red, yellow and cyan for the severities, dim for the frame's gutter.
    private const string Bold = "\u001b[1m", Red = "\u001b[31m", Yellow = "\u001b[33m", Cyan = "\u001b[36m", Dim = "\u001b[2m", Reset = "\u001b[0m";

    private static void AppendLine(StringBuilder sb, string path, LintDiagnostic d, string marker = "", bool color = false, bool byParagraph = false)
    {
        var severity = d.Severity.ToName();
        if (color) sb.Append(Bold);
        // A Word document's place is its paragraph: path(¶12,5).
        sb.Append(path).Append(byParagraph ? "(¶" : "(").Append(d.Location.Start.Line.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(d.Location.Start.Column.ToString(CultureInfo.InvariantCulture)).Append("): ");
        if (color) sb.Append(Reset).Append(Hue(d.Severity));
        sb.Append(severity);
        if (color) sb.Append(Reset);
        sb.Append(' ').Append(d.RuleId).Append(": ").Append(OneLine(d.Message)).Append(marker).Append('\n');
    }

    /// <summary>
    /// A message on one line: a line break it quotes (a multi-line front matter value) is shown as ⏎, so that each
    /// finding stays one line for grep and for editors' problem matchers. JSON and SARIF carry the message as it is.
    /// </summary>
    private static string OneLine(string message) =>
        message.IndexOfAny(['\r', '\n']) < 0 ? message : message.Replace("\r\n", "⏎").Replace('\r', '⏎').Replace('\n', '⏎');

    private static string Hue(Severity severity) => severity switch { Severity.Error => Red, Severity.Warning => Yellow, _ => Cyan };

    /// <summary>
    /// The flagged line, cut to a window around the finding, with carets under it. Only the window is copied: on a
    /// one-line article of thousands of findings, a frame costs its width, not the line's length.
    /// </summary>
    private static void AppendFrame(StringBuilder sb, SourceText source, LintDiagnostic d, bool color)
    {
        var lineNumber = d.Location.Start.Line;
        var text = source.Text;
        var lineStart = source.Lines.GetLineStart(lineNumber - 1);
        var lineLength = source.Lines.GetLineEnd(lineNumber - 1, text) - lineStart;
        var start = d.Location.Start.Column - 1;
        var end = d.Location.End.Line == lineNumber ? d.Location.End.Column - 1 : lineLength;
        end = Math.Max(Math.Min(end, lineLength), start + 1);
        var windowStart = 0;
        var windowEnd = lineLength;
        if (lineLength > FrameWidth)
        {
            windowStart = Math.Max(0, Math.Min(start - 30, lineLength - FrameWidth));
            windowEnd = Math.Min(lineLength, windowStart + FrameWidth);
            // A window edge between the halves of a surrogate pair would write half a character (U+FFFD).
            windowStart = TextWindow.Start(text, lineStart + windowStart) - lineStart;
            windowEnd = TextWindow.End(text, lineStart + windowEnd) - lineStart;
        }

        var prefix = windowStart > 0 ? "…" : string.Empty;
        var suffix = windowEnd < lineLength ? "…" : string.Empty;
        var number = lineNumber.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        sb.Append("  ");
        if (color) sb.Append(Dim);
        sb.Append(number).Append(" | ");
        if (color) sb.Append(Reset);
        sb.Append(prefix);
        var copied = sb.Length;
        sb.Append(text, lineStart + windowStart, windowEnd - windowStart).Replace('\t', ' ', copied, windowEnd - windowStart);
        sb.Append(suffix).Append('\n');
        var caretStart = prefix.Length + Math.Max(0, start - windowStart);
        var caretLength = Math.Max(1, Math.Min(end, windowEnd) - Math.Max(start, windowStart));
        sb.Append("  ");
        if (color) sb.Append(Dim);
        sb.Append(gutter).Append(" | ");
        if (color) sb.Append(Reset);
        sb.Append(' ', caretStart);
        if (color) sb.Append(Hue(d.Severity));
        sb.Append('^', caretLength);
        if (color) sb.Append(Reset);
        sb.Append('\n');
    }
}

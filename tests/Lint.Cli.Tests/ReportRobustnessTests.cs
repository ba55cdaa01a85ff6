using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lint.Diagnostics;
using Lint.Reporting;
using Lint.Rules;
using Lint.Testing;
using Lint.Text;

namespace Lint.Cli.Tests;

/// <summary>
/// Reports on a whole article typed as one line, with a finding every few words: frames, snippets, context regions,
/// fingerprints and baseline matching cost in proportion to the findings, not the findings times the line.
/// </summary>
public sealed class ReportRobustnessTests
{
    private const string Sentence = "We saw the the dog. ";

    private static readonly ReportOptions Options = new([.. BuiltInRules.Catalog.Rules.Select(r => r.Descriptor)], BuiltInRules.SeedDate);

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task A_600_KB_line_with_30000_findings_is_reported_in_moments(string format)
    {
        var file = OneLine(30_000);
        // Before frames and snippets were cut to a window, text took about 20 s here and SARIF many minutes (every
        // finding copied the whole line); now each takes well under a second. Timing proper is in bench/.
        var report = Task.Run(() => ReportWriter.Create(format, TextWriter.Null, Options).WriteAll([file], []));
        Assert.True(await Task.WhenAny(report, Task.Delay(TimeSpan.FromSeconds(20))) == report, $"the {format} report of one long line took over 20 s");
        await report;
    }

    [Fact]
    public void A_frame_on_a_long_line_is_a_window_around_the_finding()
    {
        var file = OneLine(1_000);
        var output = new StringWriter { NewLine = "\n" };
        ReportWriter.Create("text", output, Options).WriteAll([file with { Diagnostics = [file.Diagnostics[500]] }], []);
        Assert.Equal(
            "one-line.txt(1,10008): error ED4003: \"the\" is repeated\n" +
            "  1 | …g. We saw the the dog. We saw the the dog. We saw the the dog. We saw the the dog. We saw the the do…\n" +
            "    |                                ^^^^^^^\n" +
            "1 file checked: 1 error, 0 warnings, 0 suggestions\n",
            output.ToString());
    }

    [Fact]
    public void A_frame_shows_tabs_as_spaces_on_short_and_long_lines()
    {
        foreach (var pad in new[] { 0, 200 })
        {
            var text = new string('x', pad) + "\tWe\tsaw the the dog.\n";
            var source = new SourceText(text, "tabs.txt");
            var span = new TextSpan(pad + 8, 7);
            var output = new StringWriter { NewLine = "\n" };
            var diagnostic = new LintDiagnostic("ED4003", Severity.Error, "\"the\" is repeated", span, source.GetLineSpan(span));
            ReportWriter.Create("text", output, Options).WriteAll([new FileReport("tabs.txt", source, [diagnostic])], []);
            var frame = output.ToString().Split('\n')[1];
            Assert.EndsWith(" We saw the the dog.", frame, StringComparison.Ordinal);
            Assert.DoesNotContain('\t', output.ToString());
            // Under "the the": column 9 of the short line; on the long one, 88 into a window that starts with "…".
            Assert.Equal(pad == 0 ? 8 : 89, output.ToString().Split('\n')[2].IndexOf('^', StringComparison.Ordinal) - "    | ".Length);
        }
    }

    [Fact]
    public void A_frame_never_cuts_a_character_in_two()
    {
        // "😀" is two UTF-16 code units; whatever the parity of the window's edges, a frame holds whole characters.
        const string emoji = "We saw 😀😀😀 the the 😀😀 dog. ";
        var text = string.Concat(Enumerable.Repeat(emoji, 40)) + "\n";
        var source = new SourceText(text, "emoji.txt");
        var diagnostics = new List<LintDiagnostic>();
        for (var i = 0; i < 40; i++)
        {
            var span = new TextSpan((i * emoji.Length) + text.AsSpan(i * emoji.Length).IndexOf("the the", StringComparison.Ordinal), 7);
            diagnostics.Add(new LintDiagnostic("ED4003", Severity.Error, "\"the\" is repeated", span, source.GetLineSpan(span)));
            diagnostics.Add(new LintDiagnostic("ED4003", Severity.Error, "\"the\" is repeated", new TextSpan(span.Start + 1, 6), source.GetLineSpan(new TextSpan(span.Start + 1, 6))));
        }

        var output = new StringWriter { NewLine = "\n" };
        ReportWriter.Create("text", output, Options).WriteAll([new FileReport("emoji.txt", source, diagnostics)], []);
        AssertWholeCharacters(output.ToString());
        Assert.Contains(" | …", output.ToString(), StringComparison.Ordinal);
    }

    [SharedFact]
    public void Sarif_on_a_long_line_has_bounded_context_and_snippets_that_match_the_text()
    {
        using var folder = new TempFolder();
        // 5,600 characters on one line, with a finding needing a context window every 28 characters, and an emoji
        // pair wherever a window's edge may fall.
        var text = string.Concat(Enumerable.Repeat("Then 😀 we saw the the dog. ", 200));
        folder.Write("one-line.txt", text + "\n");
        var run = CliRun.Invoke(folder.Path, "check", "one-line.txt", "--format", "sarif", "--output", "one-line.sarif", "--as-of", "2026-11-22");
        Assert.Equal(1, run.ExitCode);
        var log = Path.Combine(folder.Path, "one-line.sarif");
        var problems = SarifValidator.Validate(log);
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        using var document = JsonDocument.Parse(File.ReadAllText(log));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.True(results.Count(r => r.GetProperty("ruleId").GetString() == "ED4003") >= 200);
        foreach (var result in results)
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var (regionStart, regionEnd) = Offsets(location.GetProperty("region"));
            if (location.GetProperty("region").TryGetProperty("snippet", out var snippet))
                Assert.Equal(text[regionStart..regionEnd], snippet.GetProperty("text").GetString());
            else
                Assert.True(regionEnd - regionStart > 4096, "a short region without a snippet");

            if (!location.TryGetProperty("contextRegion", out var context)) continue;
            var (contextStart, contextEnd) = Offsets(context);
            Assert.True(contextStart <= regionStart && regionEnd <= contextEnd, "the context region does not hold the region");
            Assert.True(contextEnd - contextStart <= 4096);
            var contextText = context.GetProperty("snippet").GetProperty("text").GetString()!;
            Assert.Equal(text[contextStart..contextEnd], contextText);
            AssertWholeCharacters(contextText);
        }
    }

    [Fact]
    public void Fingerprints_hash_a_long_line_once_and_keep_the_short_line_formula()
    {
        // A long line with runs of white space and non-BMP characters, so folding and UTF-8 both matter.
        var line = string.Concat(Enumerable.Repeat("We  saw\tthe the 😀 dog. ", 300));
        var text = "Short line with the the doubled word\n" + line + "\n";
        var source = new SourceText(text, "a.txt");
        var shortSpan = new TextSpan(16, 7);
        var longSpans = new[] { 8, 8 + 24, 8 + 48 }.Select(o => new TextSpan(text.IndexOf('\n') + 1 + o, 7)).ToList();
        Assert.All(longSpans, s => Assert.Equal("the the", text.Substring(s.Start, s.Length)));
        var diagnostics = new[] { shortSpan }.Concat(longSpans)
            .Select(s => new LintDiagnostic("ED4003", Severity.Error, "m", s, source.GetLineSpan(s))).ToList();

        var fingerprints = Fingerprint.Compute(source, diagnostics);

        Assert.Equal(Expected("ED4003\nthe the\nShort line with the the doubled word", 1), fingerprints[0]);
        var lineHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Fold(line))));
        Assert.True(Fold(line).Length > Fingerprint.LineLimit);
        Assert.Equal(
            [Expected("ED4003\nthe the\n\n" + lineHash, 1), Expected("ED4003\nthe the\n\n" + lineHash, 2), Expected("ED4003\nthe the\n\n" + lineHash, 3)],
            fingerprints.Skip(1));

        static string Expected(string key, int occurrence) =>
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key + "\n" + occurrence.ToString(CultureInfo.InvariantCulture))), 0, 16);
        static string Fold(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Baseline_matching_stays_linear_when_thousands_of_results_share_a_key()
    {
        // One line's doubled word, 60,000 times, and every fingerprint changed since (the line was edited): each
        // finding is matched by its text, all under one key. Scanning that list from its start each time took minutes.
        const int count = 60_000;
        var file = OneLine(count);
        var region = new LinePositionSpan(new LinePosition(1, 1), new LinePosition(1, 8));
        var baseline = new Baseline([.. Enumerable.Range(0, count).Select(i => new BaselineResult("one-line.txt", "ED4003", "error", "m", region, "the the", "old" + i, string.Empty))]);
        var fingerprints = Enumerable.Range(0, count).Select(i => "new" + i).ToList();
        var match = Task.Run(() => baseline.Match(file, fingerprints));
        Assert.True(await Task.WhenAny(match, Task.Delay(TimeSpan.FromSeconds(20))) == match, "matching 60,000 findings against the baseline took over 20 s");
        Assert.All(await match, state => Assert.Equal(BaselineState.Updated, state));
        Assert.Empty(baseline.Absent());
    }

    [Fact]
    public void Baseline_matching_prefers_a_result_in_the_same_file_then_takes_one_from_elsewhere()
    {
        var region = new LinePositionSpan(new LinePosition(1, 1), new LinePosition(1, 8));
        BaselineResult Result(string path) => new(path, "ED4003", "error", "m", region, "the the", "same", string.Empty);
        var inA = Result("a.txt");
        var inB = Result("b.txt");
        var baseline = new Baseline([inA, inB]);
        var file = OneLine(1) with { Path = "b.txt" };
        Assert.Equal([BaselineState.Unchanged], baseline.Match(file, ["same"]));
        Assert.Equal([inA], baseline.Absent());
        Assert.Equal([BaselineState.Unchanged], baseline.Match(file with { Path = "c.txt" }, ["same"]));
        Assert.Equal([BaselineState.New], baseline.Match(file, ["same"]));
        Assert.Empty(baseline.Absent());
    }

    /// <summary>One line of <paramref name="count"/> sentences, each with its doubled word flagged.</summary>
    private static FileReport OneLine(int count)
    {
        var text = string.Concat(Enumerable.Repeat(Sentence, count)) + "\n";
        var source = new SourceText(text, "one-line.txt");
        var diagnostics = new List<LintDiagnostic>(count);
        for (var i = 0; i < count; i++)
        {
            var span = new TextSpan((i * Sentence.Length) + 7, 7);
            diagnostics.Add(new LintDiagnostic("ED4003", Severity.Error, "\"the\" is repeated", span, source.GetLineSpan(span)));
        }

        return new FileReport("one-line.txt", source, diagnostics);
    }

    /// <summary>Start and end offsets of a SARIF region in a one-line text.</summary>
    private static (int Start, int End) Offsets(JsonElement region)
    {
        Assert.Equal(1, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, region.GetProperty("endLine").GetInt32());
        return (region.GetProperty("startColumn").GetInt32() - 1, region.GetProperty("endColumn").GetInt32() - 1);
    }

    private static void AssertWholeCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else Assert.False(char.IsSurrogate(text[i]), $"half a character at {i}: {text}");
        }
    }
}

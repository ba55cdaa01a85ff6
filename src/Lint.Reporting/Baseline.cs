using System.Text.Json;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>
/// A baseline comparison, made file by file as the report is written: the state of every current finding, and at
/// the end the baseline results that are gone. Within a file, matching is by rule and Lint's fingerprint first
/// (unchanged: the finding survived edits elsewhere; a result moved from another file also matches), then by rule,
/// file and flagged text (updated: its paragraph was edited); what is left is new, and the baseline's leftovers are
/// absent. Hash look-ups, and cursors that only move forward past results already taken: linear in the number of
/// results, even when thousands share a key (a repeated error on one line, a flagged footer in every article).
/// </summary>
public sealed class Baseline
{
    /// <summary>How deeply a baseline's JSON may nest (Lint's own logs go 10 deep); deeper is not a SARIF log Lint wrote.</summary>
    private const int MaxDepth = 64;

    private readonly IReadOnlyList<BaselineResult> _results;
    private readonly Dictionary<string, Candidates> _byFingerprint;
    private readonly Dictionary<string, Candidates> _byText;
    private readonly HashSet<BaselineResult> _used = new(ReferenceEqualityComparer.Instance);

    /// <summary>Starts a comparison with the results of a baseline log.</summary>
    public Baseline(IReadOnlyList<BaselineResult> results)
    {
        _results = results;
        _byFingerprint = Index(results.Where(b => b.Fingerprint.Length > 0), b => b.RuleId + "\n" + b.Fingerprint);
        _byText = Index(results, b => b.RuleId + "\n" + b.Path + "\n" + b.Snippet);
    }

    /// <summary>The states of one file's findings, in order; <paramref name="fingerprints"/> are theirs.</summary>
    public BaselineState[] Match(FileReport file, IReadOnlyList<string> fingerprints)
    {
        var states = new BaselineState[file.Diagnostics.Count];
        if (file.Source is null) return states;
        var leftover = new List<int>();
        for (var i = 0; i < states.Length; i++)
        {
            var diagnostic = file.Diagnostics[i];
            if (Take(_byFingerprint, diagnostic.RuleId + "\n" + fingerprints[i], file.Path) is null) leftover.Add(i);
            else states[i] = BaselineState.Unchanged;
        }

        foreach (var i in leftover)
        {
            var diagnostic = file.Diagnostics[i];
            var flagged = diagnostic.Span.End <= file.Source.Length ? file.Source[diagnostic.Span] : string.Empty;
            states[i] = Take(_byText, diagnostic.RuleId + "\n" + file.Path + "\n" + flagged, file.Path) is null ? BaselineState.New : BaselineState.Updated;
        }

        return states;
    }

    /// <summary>Baseline results that no finding has matched, in path and line order: call after the last file.</summary>
    public IReadOnlyList<BaselineResult> Absent() =>
        _results.Where(b => !_used.Contains(b))
            .OrderBy(b => b.Path, StringComparer.Ordinal).ThenBy(b => b.Region.Start).ThenBy(b => b.RuleId, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Reads the results of a SARIF log Lint wrote. Anything else, or a log whose parts have the wrong types or whose
    /// regions could not stand in a SARIF log (line 0, an end before the start), throws <see cref="FormatException"/>
    /// with one sentence naming the place (<c>'runs[0].results[3].locations'</c>) and what is wrong there: a baseline
    /// is the gate's memory, and one read half-way would let findings through or write invalid SARIF back.
    /// </summary>
    public static IReadOnlyList<BaselineResult> Read(string sarif)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(sarif, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            throw new FormatException(NotJson(ex));
        }
        catch (ArgumentException)
        {
            // JsonDocument cannot transcode a string holding half of a surrogate pair to UTF-8.
            throw new FormatException("not valid JSON: it holds half of a character (an unpaired UTF-16 surrogate)");
        }

        using (document)
        {
            try
            {
                return ReadRuns(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // Types are checked before any value is read, so this is a name or string escaping half of a character.
                throw new FormatException("not valid JSON: it holds half of a character (an unpaired UTF-16 surrogate)");
            }
        }
    }

    private static List<BaselineResult> ReadRuns(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException($"not a SARIF log: it is {Describe(root)}, not an object with 'runs'");
        if (!root.TryGetProperty("runs", out var runs)) throw new FormatException("not a SARIF log: it has no 'runs'");
        Expect(runs, JsonValueKind.Array, "runs");
        var results = new List<BaselineResult>();
        var runIndex = 0;
        foreach (var run in runs.EnumerateArray())
        {
            var runPath = FormattableString.Invariant($"runs[{runIndex++}]");
            Expect(run, JsonValueKind.Object, runPath);
            // A run without results (or with null: the tool did not run) has none to compare with.
            if (!run.TryGetProperty("results", out var list) || list.ValueKind == JsonValueKind.Null) continue;
            Expect(list, JsonValueKind.Array, runPath + ".results");
            var resultIndex = 0;
            foreach (var result in list.EnumerateArray())
            {
                var path = FormattableString.Invariant($"{runPath}.results[{resultIndex++}]");
                Expect(result, JsonValueKind.Object, path);
                if (OptionalString(result, "baselineState", path) == "absent") continue;
                results.Add(ReadResult(result, path));
            }
        }

        return results;
    }

    private static Dictionary<string, Candidates> Index(IEnumerable<BaselineResult> results, Func<BaselineResult, string> key)
    {
        var index = new Dictionary<string, Candidates>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            var k = key(result);
            if (!index.TryGetValue(k, out var candidates)) index[k] = candidates = new Candidates();
            candidates.Add(result);
        }

        return index;
    }

    /// <summary>The first unused baseline result under <paramref name="key"/>, preferring one in the same file.</summary>
    private BaselineResult? Take(Dictionary<string, Candidates> index, string key, string path)
    {
        if (!index.TryGetValue(key, out var candidates)) return null;
        var match = candidates.FirstUnused(path, _used);
        if (match is not null) _used.Add(match);
        return match;
    }

    /// <summary>One result that is not absent: what Lint needs to match it and to write it back as absent.</summary>
    private static BaselineResult ReadResult(JsonElement result, string path)
    {
        var ruleId = RequiredString(result, "ruleId", path);
        var level = OptionalString(result, "level", path) ?? "warning";
        if (level is not ("error" or "warning" or "note" or "none"))
            throw Unreadable($"'{path}.level' is {Describe(result.GetProperty("level"))}, not error, warning, note or none");
        var message = RequiredString(Required(result, "message", JsonValueKind.Object, path), "text", path + ".message");

        var locations = Required(result, "locations", JsonValueKind.Array, path);
        if (locations.GetArrayLength() == 0) throw Unreadable($"'{path}.locations' is empty");
        var physicalPath = path + ".locations[0].physicalLocation";
        var physical = Required(Expect(locations[0], JsonValueKind.Object, path + ".locations[0]"), "physicalLocation", JsonValueKind.Object, path + ".locations[0]");
        var artifact = Required(physical, "artifactLocation", JsonValueKind.Object, physicalPath);
        var uri = RequiredString(artifact, "uri", physicalPath + ".artifactLocation");
        var regionPath = physicalPath + ".region";
        var region = Required(physical, "region", JsonValueKind.Object, physicalPath);
        var startLine = Number(region, "startLine", null, regionPath);
        var startColumn = Number(region, "startColumn", 1, regionPath);
        var endLine = Number(region, "endLine", startLine, regionPath);
        var endColumn = Number(region, "endColumn", startColumn, regionPath);
        if (endLine < startLine)
            throw Unreadable($"'{regionPath}' ends on line {endLine}, before it starts on line {startLine}");
        if (endLine == startLine && endColumn < startColumn)
            throw Unreadable($"'{regionPath}' ends at column {endColumn}, before it starts at column {startColumn} of line {startLine}");
        var snippet = Optional(region, "snippet", JsonValueKind.Object, regionPath) is { } s ? OptionalString(s, "text", regionPath + ".snippet") : null;
        var fingerprints = Optional(result, "partialFingerprints", JsonValueKind.Object, path);

        return new BaselineResult(
            Uri.UnescapeDataString(uri),
            ruleId,
            level,
            message,
            new LinePositionSpan(new LinePosition(startLine, startColumn), new LinePosition(endLine, endColumn)),
            snippet ?? string.Empty,
            fingerprints is { } f ? OptionalString(f, Fingerprint.Key, path + ".partialFingerprints") ?? string.Empty : string.Empty,
            fingerprints is { } g ? OptionalString(g, "primaryLocationLineHash", path + ".partialFingerprints") ?? string.Empty : string.Empty);
    }

    /// <summary>"not a SARIF log Lint can read: " and what is wrong where, numbers written the same in every culture.</summary>
    private static FormatException Unreadable(FormattableString what) =>
        new("not a SARIF log Lint can read: " + FormattableString.Invariant(what));

    private static JsonElement Expect(JsonElement element, JsonValueKind kind, string path) =>
        element.ValueKind == kind ? element : throw Unreadable($"'{path}' is {Describe(element)}, not {KindName(kind)}");

    private static JsonElement? Optional(JsonElement parent, string name, JsonValueKind kind, string path) =>
        parent.TryGetProperty(name, out var value) ? Expect(value, kind, path + "." + name) : null;

    private static JsonElement Required(JsonElement parent, string name, JsonValueKind kind, string path) =>
        Optional(parent, name, kind, path) ?? throw Unreadable($"'{path}' has no '{name}'");

    private static string? OptionalString(JsonElement parent, string name, string path)
    {
        if (Optional(parent, name, JsonValueKind.String, path) is not { } value) return null;
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escape such as \ud800 without its other half decodes to no character at all.
            throw Unreadable($"'{path}.{name}' holds half of a character (an unpaired surrogate escape)");
        }
    }

    private static string RequiredString(JsonElement parent, string name, string path)
    {
        if (OptionalString(parent, name, path) is { Length: > 0 } value) return value;
        throw parent.TryGetProperty(name, out _) ? Unreadable($"'{path}.{name}' is empty") : Unreadable($"'{path}' has no '{name}'");
    }

    /// <summary>A line or column: a whole number from 1 up, as SARIF requires; <paramref name="fallback"/> when absent, required when null.</summary>
    private static int Number(JsonElement parent, string name, int? fallback, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
            return fallback ?? throw Unreadable($"'{path}' has no '{name}'");
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < 1)
            throw Unreadable($"'{path}.{name}' is {Describe(value)}, not a whole number from 1 to {int.MaxValue}");
        return number;
    }

    /// <summary>"an array", "a string", "true", a number as written (cut short): what a wrong value is, in a message.</summary>
    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.GetRawText() is var raw => raw.Length <= 24 ? raw : raw.Substring(0, 20) + "…",
        JsonValueKind.String when element.GetRawText() is { Length: <= 24 } raw => raw,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        var kind => KindName(kind),
    };

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "true or false",
    };

    /// <summary>"not valid JSON at line 1, byte 3: 'n' is an invalid start of a value": the reader's first sentence and where.</summary>
    private static string NotJson(JsonException ex)
    {
        var reason = ex.Message;
        var cut = reason.IndexOf(". ", StringComparison.Ordinal);
        if (cut >= 0) reason = reason.Substring(0, cut);
        reason = reason.TrimEnd('.');
        if (reason.Length > 1 && char.IsUpper(reason[0]) && char.IsLower(reason[1])) reason = char.ToLowerInvariant(reason[0]) + reason.Substring(1);
        return ex.LineNumber is { } line && ex.BytePositionInLine is { } position
            ? FormattableString.Invariant($"not valid JSON at line {line + 1}, byte {position + 1}: {reason}")
            : $"not valid JSON: {reason}";
    }

    /// <summary>
    /// The baseline results under one key, in log order, in all files and file by file. A result once used stays
    /// used, so each list keeps a cursor before which all are used and the search resumes there.
    /// </summary>
    private sealed class Candidates
    {
        private readonly List<BaselineResult> _all = [];
        private readonly Dictionary<string, Candidates> _byPath = new(StringComparer.Ordinal);
        private int _next;

        public void Add(BaselineResult result)
        {
            _all.Add(result);
            if (!_byPath.TryGetValue(result.Path, out var inFile)) _byPath[result.Path] = inFile = new Candidates();
            inFile._all.Add(result);
        }

        /// <summary>The first unused result in <paramref name="path"/>, else the first unused one anywhere.</summary>
        public BaselineResult? FirstUnused(string path, HashSet<BaselineResult> used) =>
            (_byPath.TryGetValue(path, out var inFile) ? inFile.FirstUnused(used) : null) ?? FirstUnused(used);

        private BaselineResult? FirstUnused(HashSet<BaselineResult> used)
        {
            while (_next < _all.Count && used.Contains(_all[_next])) _next++;
            return _next < _all.Count ? _all[_next] : null;
        }
    }
}

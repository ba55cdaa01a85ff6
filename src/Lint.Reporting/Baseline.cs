using System.Text.Json;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>
/// A baseline comparison, made file by file as the report is written: the state of every current finding, and at
/// the end the baseline results that are gone. Within a file, matching is by rule and Lint's fingerprint first
/// (unchanged: the finding survived edits elsewhere; a result moved from another file also matches), then by rule,
/// file and flagged text (updated: its paragraph was edited); what is left is new, and the baseline's leftovers are
/// absent. Hash look-ups: linear in the number of results.
/// </summary>
public sealed class Baseline
{
    private readonly IReadOnlyList<BaselineResult> _results;
    private readonly Dictionary<string, List<BaselineResult>> _byFingerprint;
    private readonly Dictionary<string, List<BaselineResult>> _byText;
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

    /// <summary>Reads the results of a SARIF log Lint wrote; throws <see cref="FormatException"/> with a reason when it is not one.</summary>
    public static IReadOnlyList<BaselineResult> Read(string sarif)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(sarif);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not valid JSON ({ex.Message})");
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
                throw new FormatException("not a SARIF log: it has no 'runs'");
            var results = new List<BaselineResult>();
            foreach (var run in runs.EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var list) || list.ValueKind != JsonValueKind.Array) continue;
                foreach (var result in list.EnumerateArray())
                {
                    if (String(result, "baselineState") == "absent") continue;
                    var location = result.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0
                        ? locations[0].TryGetProperty("physicalLocation", out var physical) ? physical : default
                        : default;
                    if (location.ValueKind != JsonValueKind.Object) continue;
                    var uri = location.TryGetProperty("artifactLocation", out var artifact) ? String(artifact, "uri") : string.Empty;
                    var region = location.TryGetProperty("region", out var r) ? r : default;
                    var fingerprints = result.TryGetProperty("partialFingerprints", out var f) ? f : default;
                    results.Add(new BaselineResult(
                        Uri.UnescapeDataString(uri),
                        String(result, "ruleId"),
                        String(result, "level") is { Length: > 0 } level ? level : "warning",
                        result.TryGetProperty("message", out var message) ? String(message, "text") : string.Empty,
                        new LinePositionSpan(
                            new LinePosition(Number(region, "startLine", 1), Number(region, "startColumn", 1)),
                            new LinePosition(Number(region, "endLine", Number(region, "startLine", 1)), Number(region, "endColumn", Number(region, "startColumn", 1)))),
                        region.ValueKind == JsonValueKind.Object && region.TryGetProperty("snippet", out var snippet) ? String(snippet, "text") : string.Empty,
                        String(fingerprints, Fingerprint.Key),
                        String(fingerprints, "primaryLocationLineHash")));
                }
            }

            return results;
        }
    }

    private static Dictionary<string, List<BaselineResult>> Index(IEnumerable<BaselineResult> results, Func<BaselineResult, string> key)
    {
        var index = new Dictionary<string, List<BaselineResult>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (!index.TryGetValue(key(result), out var list)) index[key(result)] = list = [];
            list.Add(result);
        }

        return index;
    }

    /// <summary>The first unused baseline result under <paramref name="key"/>, preferring one in the same file.</summary>
    private BaselineResult? Take(Dictionary<string, List<BaselineResult>> index, string key, string path)
    {
        if (!index.TryGetValue(key, out var list)) return null;
        var match = list.FirstOrDefault(b => !_used.Contains(b) && b.Path == path) ?? list.FirstOrDefault(b => !_used.Contains(b));
        if (match is not null) _used.Add(match);
        return match;
    }

    private static string String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static int Number(JsonElement element, string name, int fallback) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : fallback;
}

using System.Text.Json;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>
/// A baseline comparison: the state of every current finding and the baseline results that are gone. Matching is
/// by rule and Lint's fingerprint first (unchanged: the finding survived edits elsewhere), then by rule, file and
/// flagged text (updated: its paragraph was edited); what is left is new, and the baseline's leftovers are absent.
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<LintDiagnostic, BaselineState> _states = new(ReferenceEqualityComparer.Instance);

    private Baseline(List<BaselineResult> absent) => Absent = absent;

    /// <summary>Baseline results that no current finding matches, in path and line order.</summary>
    public IReadOnlyList<BaselineResult> Absent { get; }

    /// <summary>The state of a current finding.</summary>
    public BaselineState StateOf(LintDiagnostic diagnostic) => _states.TryGetValue(diagnostic, out var state) ? state : BaselineState.New;

    /// <summary>Counts of new, unchanged, updated and absent results.</summary>
    public (int New, int Unchanged, int Updated, int Absent) Counts() =>
        (_states.Values.Count(s => s == BaselineState.New), _states.Values.Count(s => s == BaselineState.Unchanged),
         _states.Values.Count(s => s == BaselineState.Updated), Absent.Count);

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

    /// <summary>Compares the current files with the baseline results (hash look-ups: linear in the number of results).</summary>
    public static Baseline Compare(IReadOnlyList<FileReport> files, IReadOnlyList<BaselineResult> baseline)
    {
        var byFingerprint = Index(baseline.Where(b => b.Fingerprint.Length > 0), b => b.RuleId + "\n" + b.Fingerprint);
        var byText = Index(baseline, b => b.RuleId + "\n" + b.Path + "\n" + b.Snippet);
        var used = new HashSet<BaselineResult>(ReferenceEqualityComparer.Instance);
        var states = new Dictionary<LintDiagnostic, BaselineState>(ReferenceEqualityComparer.Instance);
        var leftover = new List<(FileReport File, LintDiagnostic Diagnostic)>();
        foreach (var file in files)
        {
            if (file.Source is null) continue;
            var fingerprints = Fingerprint.Compute(file.Source, file.Diagnostics);
            for (var i = 0; i < file.Diagnostics.Count; i++)
            {
                var diagnostic = file.Diagnostics[i];
                var match = Take(byFingerprint, diagnostic.RuleId + "\n" + fingerprints[i], used, file.Path);
                if (match is null) leftover.Add((file, diagnostic));
                else states[diagnostic] = BaselineState.Unchanged;
            }
        }

        foreach (var (file, diagnostic) in leftover)
        {
            var match = Take(byText, diagnostic.RuleId + "\n" + file.Path + "\n" + file.Source![diagnostic.Span], used, file.Path);
            states[diagnostic] = match is null ? BaselineState.New : BaselineState.Updated;
        }

        var absent = baseline.Where(b => !used.Contains(b))
            .OrderBy(b => b.Path, StringComparer.Ordinal).ThenBy(b => b.Region.Start).ThenBy(b => b.RuleId, StringComparer.Ordinal).ToList();
        var result = new Baseline(absent);
        foreach (var pair in states) result._states[pair.Key] = pair.Value;
        return result;
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
    private static BaselineResult? Take(Dictionary<string, List<BaselineResult>> index, string key, HashSet<BaselineResult> used, string path)
    {
        if (!index.TryGetValue(key, out var list)) return null;
        var match = list.FirstOrDefault(b => !used.Contains(b) && b.Path == path) ?? list.FirstOrDefault(b => !used.Contains(b));
        if (match is not null) used.Add(match);
        return match;
    }

    private static string String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static int Number(JsonElement element, string name, int fallback) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : fallback;
}

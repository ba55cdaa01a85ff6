using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lint.Reporting;

namespace Lint.Cli;

/// <summary>
/// <c>lint merge LOG.sarif... [-o FILE]</c>: the SARIF logs of a sharded run (<c>lint check --shard I/N</c> on N
/// machines) as one log with one run, which code scanning takes in one upload (several uploads under one category
/// replace each other). Results are ordered by file as an unsharded run orders them (a file's own results keep their
/// order), baseline results that are gone come last; rules are the union by id, ruleIndex renumbered; the invocations
/// become one, successful only if every one was, with the notifications of all (each once). Only Lint's logs, of one
/// version and one category, and of a sharded run all N shards once each, are merged: anything else is refused, so that
/// a failed job never uploads half the findings (code scanning would close the alerts of the missing files).
/// </summary>
internal static class MergeCommand
{
    private const int MaxDepth = 64;

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(IEnumerable<string> args, CliEnvironment environment)
    {
        var reader = new ArgumentReader(args, ["--output"], [], new Dictionary<string, string>(StringComparer.Ordinal) { ["-o"] = "--output" });
        if (reader.Positional.Count == 0)
            throw new UsageException("merge needs the SARIF logs to merge: lint merge shard-1.sarif shard-2.sarif ... --output lint.sarif");

        var documents = new List<(string Name, JsonDocument Document)>();
        try
        {
            foreach (var name in reader.Positional) documents.Add((name, Read(name, environment)));
            var logs = documents.Select(d => new Log(d.Name, d.Document.RootElement)).ToList();
            Check(logs);
            var bytes = Write(logs);

            var path = reader.Value("--output");
            if (path is null)
            {
                environment.Out.Write(Encoding.UTF8.GetString(bytes));
                environment.Out.Flush();
                return ExitCodes.Success;
            }

            using var file = ReportFile.Open(path, environment, []);
            try
            {
                file.Writer.Write(Encoding.UTF8.GetString(bytes));
                file.Commit();
            }
            catch (IOException ex)
            {
                throw new OutputException($"cannot write '{path}': {OutputException.Reason(ex)}");
            }

            var results = logs.Sum(l => l.Results.Count);
            var shard = logs[0].Shard is null ? string.Empty : FormattableString.Invariant($" (shards 1 to {logs[0].Shard!.Value.Count})");
            environment.Error.WriteLine(FormattableString.Invariant($"{logs.Count} log{(logs.Count == 1 ? string.Empty : "s")}{shard} merged into {path}: {results} result{(results == 1 ? string.Empty : "s")}"));
            return ExitCodes.Success;
        }
        finally
        {
            foreach (var (_, document) in documents) document.Dispose();
        }
    }

    /// <summary>Reads one log and checks, with the baseline's strict reader, that its results are Lint's.</summary>
    private static JsonDocument Read(string name, CliEnvironment environment)
    {
        var full = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, name));
        var text = ArticleReader.Read(full, out var error) ?? throw new UsageException($"cannot read the SARIF log '{name}': {error}");
        try
        {
            Baseline.Read(text);
        }
        catch (FormatException ex)
        {
            throw new UsageException($"'{name}' is {ex.Message}; merge takes the logs of 'lint check --format sarif'");
        }

        var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth });
        try
        {
            var root = document.RootElement;
            var runs = root.GetProperty("runs");
            if (runs.GetArrayLength() != 1) throw NotLint(name, FormattableString.Invariant($"it has {runs.GetArrayLength()} runs, not one"));
            var run = runs[0];
            var driver = run.TryGetProperty("tool", out var tool) && tool.ValueKind == JsonValueKind.Object && tool.TryGetProperty("driver", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            if (driver.ValueKind != JsonValueKind.Object || String(driver, "name") != ToolInfo.Default.Name)
                throw NotLint(name, "its tool is not Lint");
            if (String(driver, "version") is null) throw NotLint(name, "its tool has no version");
            if (driver.TryGetProperty("rules", out var rules) && (rules.ValueKind != JsonValueKind.Array || rules.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.Object || String(r, "id") is null)))
                throw NotLint(name, "its rules are not a list of rules with ids");
            if (run.TryGetProperty("artifacts", out _)) throw NotLint(name, "it lists artifacts, which Lint does not write");
            if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array) throw NotLint(name, "it has no results (the tool did not run)");
            if (run.TryGetProperty("invocations", out var invocations) && (invocations.ValueKind != JsonValueKind.Array || invocations.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.Object)))
                throw NotLint(name, "its invocations are not a list of objects");
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static UsageException NotLint(string name, string what) =>
        new($"'{name}' is not a SARIF log of 'lint check': {what}");

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>One tool version, one category, one set of rule definitions, and all shards of one split once each.</summary>
    private static void Check(List<Log> logs)
    {
        var first = logs[0];
        foreach (var log in logs.Skip(1))
        {
            if (log.Version != first.Version)
                throw new UsageException($"'{log.Name}' was written by Lint {log.Version} and '{first.Name}' by Lint {first.Version}; merge the logs of one version (run every shard with the same Lint)");
            if (log.Category != first.Category)
                throw new UsageException($"'{log.Name}' has the category {Quote(log.Category)} and '{first.Name}' {Quote(first.Category)}; merge the logs of one category (the same --category on every shard)");
            if ((log.Shard is null) != (first.Shard is null))
                throw new UsageException($"'{(log.Shard is null ? log.Name : first.Name)}' is not the log of a shard and '{(log.Shard is null ? first.Name : log.Name)}' is; merge the logs of one sharded run");
        }

        if (first.Shard is { Count: var count })
        {
            var seen = new Dictionary<int, string>();
            foreach (var log in logs)
            {
                var shard = log.Shard!.Value;
                if (shard.Count != count)
                    throw new UsageException($"'{log.Name}' is shard {shard} and '{first.Name}' shard {first.Shard}; merge the shards of one split");
                if (seen.TryGetValue(shard.Index, out var other))
                    throw new UsageException($"'{log.Name}' and '{other}' are both shard {shard}; give each shard's log once");
                seen[shard.Index] = log.Name;
            }

            var missing = Enumerable.Range(1, count).Where(i => !seen.ContainsKey(i)).Select(i => new Shard(i, count).ToString()).ToList();
            if (missing.Count > 0)
                throw new UsageException($"the log of shard {string.Join(", ", missing)} is missing (did its job fail?); a merged log without it would close the alerts of its files");
        }

        var rules = new Dictionary<string, (string Raw, string Log)>(StringComparer.Ordinal);
        foreach (var log in logs)
        {
            foreach (var rule in log.Rules)
            {
                var id = rule.GetProperty("id").GetString()!;
                var raw = rule.GetRawText();
                if (!rules.TryGetValue(id, out var known)) rules[id] = (raw, log.Name);
                else if (known.Raw != raw)
                    throw new UsageException($"rule {id} is not the same in '{log.Name}' and '{known.Log}'; run every shard with the same rule packs");
            }
        }
    }

    private static string Quote(string? category) => category is null ? "none" : $"'{category}'";

    private static byte[] Write(List<Log> logs)
    {
        // The rules as 'lint check' orders them: the rule packs' by id, then the engine's.
        var rules = logs.SelectMany(l => l.Rules)
            .GroupBy(r => r.GetProperty("id").GetString()!, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(IsEngineRule).ThenBy(r => r.GetProperty("id").GetString(), StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (Id: r.GetProperty("id").GetString()!, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        // Each file is in one shard, so ordering by file (stably) gives an unsharded run's order.
        var results = logs.SelectMany(l => l.Results).Select((r, i) => (Result: r, Order: i)).ToList();
        var ordered = results
            .OrderBy(r => String(r.Result, "baselineState") == "absent")
            .ThenBy(r => Location(r.Result), StringComparer.Ordinal)
            .ThenBy(r => r.Order)
            .Select(r => r.Result).ToList();

        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            var first = logs[0].Run;
            w.WriteStartObject();
            foreach (var property in logs[0].Root.EnumerateObject())
            {
                if (property.Name != "runs")
                {
                    property.WriteTo(w);
                    continue;
                }

                w.WriteStartArray("runs");
                WriteRun(w, logs, first, rules, ruleIndex, ordered);
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteRun(Utf8JsonWriter w, List<Log> logs, JsonElement first, List<JsonElement> rules, Dictionary<string, int> ruleIndex, List<JsonElement> results)
    {
        w.WriteStartObject();
        foreach (var property in first.EnumerateObject())
        {
            switch (property.Name)
            {
                case "tool":
                    w.WriteStartObject("tool");
                    foreach (var part in property.Value.EnumerateObject())
                    {
                        if (part.Name != "driver")
                        {
                            part.WriteTo(w);
                            continue;
                        }

                        w.WriteStartObject("driver");
                        foreach (var field in part.Value.EnumerateObject())
                        {
                            if (field.Name != "rules")
                            {
                                field.WriteTo(w);
                                continue;
                            }

                            w.WriteStartArray("rules");
                            foreach (var rule in rules) rule.WriteTo(w);
                            w.WriteEndArray();
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                    break;
                case "results":
                    w.WriteStartArray("results");
                    foreach (var result in results) WriteResult(w, result, ruleIndex);
                    w.WriteEndArray();
                    break;
                case "invocations":
                    WriteInvocations(w, logs);
                    break;
                case "properties":
                    // The shard is gone once merged; other properties stay.
                    var kept = property.Value.ValueKind == JsonValueKind.Object
                        ? property.Value.EnumerateObject().Where(p => p.Name != SarifReport.ShardProperty).ToList()
                        : null;
                    if (kept is null)
                    {
                        property.WriteTo(w);
                    }
                    else if (kept.Count > 0)
                    {
                        w.WriteStartObject("properties");
                        foreach (var p in kept) p.WriteTo(w);
                        w.WriteEndObject();
                    }

                    break;
                default:
                    property.WriteTo(w);
                    break;
            }
        }

        if (!first.TryGetProperty("invocations", out _) && logs.Any(l => l.Run.TryGetProperty("invocations", out _))) WriteInvocations(w, logs);
        w.WriteEndObject();
    }

    /// <summary>A result as it was, its ruleIndex pointing into the merged rules.</summary>
    private static void WriteResult(Utf8JsonWriter w, JsonElement result, Dictionary<string, int> ruleIndex)
    {
        var id = String(result, "ruleId");
        w.WriteStartObject();
        foreach (var property in result.EnumerateObject())
        {
            if (property.Name != "ruleIndex")
            {
                property.WriteTo(w);
                if (property.Name == "ruleId" && !result.TryGetProperty("ruleIndex", out _) && id is not null && ruleIndex.TryGetValue(id, out var added)) w.WriteNumber("ruleIndex", added);
                continue;
            }

            if (id is not null && ruleIndex.TryGetValue(id, out var index)) w.WriteNumber("ruleIndex", index);
        }

        w.WriteEndObject();
    }

    /// <summary>One invocation: successful if every one was; each notification once, in the order of the logs.</summary>
    private static void WriteInvocations(Utf8JsonWriter w, List<Log> logs)
    {
        var invocations = logs.SelectMany(l => l.Run.TryGetProperty("invocations", out var list) ? list.EnumerateArray() : []).ToList();
        var successful = invocations.All(i => !i.TryGetProperty("executionSuccessful", out var value) || value.ValueKind != JsonValueKind.False);
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", successful);
        foreach (var kind in new[] { "toolConfigurationNotifications", "toolExecutionNotifications" })
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var notifications = invocations
                .SelectMany(i => i.TryGetProperty(kind, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [])
                .Where(n => seen.Add(n.GetRawText()))
                .ToList();
            if (notifications.Count == 0) continue;
            w.WriteStartArray(kind);
            foreach (var n in notifications) n.WriteTo(w);
            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static bool IsEngineRule(JsonElement rule) =>
        rule.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object && String(properties, "category") == "engine";

    /// <summary>The path of a result's first location, decoded, as 'lint check' orders its files.</summary>
    private static string Location(JsonElement result)
    {
        if (result.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0
            && locations[0].ValueKind == JsonValueKind.Object && locations[0].TryGetProperty("physicalLocation", out var physical) && physical.ValueKind == JsonValueKind.Object
            && physical.TryGetProperty("artifactLocation", out var artifact) && artifact.ValueKind == JsonValueKind.Object && String(artifact, "uri") is { } uri)
        {
            return Uri.UnescapeDataString(uri);
        }

        return string.Empty;
    }

    /// <summary>One input log's run.</summary>
    private sealed class Log
    {
        public Log(string name, JsonElement root)
        {
            Name = name;
            Root = root;
            var run = Run = root.GetProperty("runs")[0];
            var driver = run.GetProperty("tool").GetProperty("driver");
            Version = driver.GetProperty("version").GetString()!;
            Rules = driver.TryGetProperty("rules", out var rules) ? [.. rules.EnumerateArray()] : [];
            Results = [.. run.GetProperty("results").EnumerateArray()];
            Category = run.TryGetProperty("automationDetails", out var details) && details.ValueKind == JsonValueKind.Object ? String(details, "id") : null;
            if (run.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object && String(properties, SarifReport.ShardProperty) is { } shard)
            {
                try
                {
                    Shard = Cli.Shard.Parse(shard);
                }
                catch (UsageException)
                {
                    throw NotLint(name, $"its shard is '{shard}', not I/N");
                }
            }
        }

        public string Name { get; }

        /// <summary>The log.</summary>
        public JsonElement Root { get; }

        /// <summary>Its one run.</summary>
        public JsonElement Run { get; }

        public string Version { get; }

        public string? Category { get; }

        public Shard? Shard { get; }

        public List<JsonElement> Rules { get; }

        public List<JsonElement> Results { get; }
    }
}

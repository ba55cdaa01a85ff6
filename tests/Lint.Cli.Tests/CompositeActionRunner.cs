using System.Diagnostics;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Lint.Cli.Tests;

/// <summary>
/// Runs a composite GitHub Action (action.yml) the way the runner does, without GitHub: inputs with their defaults,
/// <c>${{ }}</c> expressions in <c>if</c>, <c>env</c>, <c>with</c> and <c>run</c>, each <c>run</c> step in
/// <c>bash --noprofile --norc -eo pipefail</c> with GITHUB_OUTPUT, GITHUB_PATH, GITHUB_ACTION_PATH, GITHUB_WORKSPACE and
/// RUNNER_TEMP, step outputs, PATH additions, and the first failing step ending the action. Steps that <c>uses:</c>
/// another action are recorded, not run. Only the expression syntax the action uses is understood; anything else fails
/// the test rather than being guessed.
/// </summary>
internal sealed class CompositeActionRunner(string actionFile)
{
    private readonly YamlMappingNode _action = (YamlMappingNode)Load(actionFile);

    /// <summary>The action's folder (github.action_path).</summary>
    public string ActionPath { get; } = Path.GetDirectoryName(Path.GetFullPath(actionFile))!;

    /// <summary>The step mappings, in order.</summary>
    public IReadOnlyList<YamlMappingNode> Steps => [.. ((YamlSequenceNode)Map(_action, "runs")["steps"]).Children.Cast<YamlMappingNode>()];

    /// <summary>The declared inputs with their defaults.</summary>
    public IReadOnlyDictionary<string, string> Defaults =>
        Map(_action, "inputs").Children.ToDictionary(p => Scalar(p.Key), p => ((YamlMappingNode)p.Value).Children.TryGetValue("default", out var d) ? Scalar(d) : string.Empty, StringComparer.Ordinal);

    /// <summary>Runs the action in <paramref name="workspace"/> with <paramref name="inputs"/> (the rest take their defaults).</summary>
    public Result Run(string workspace, string runnerTemp, IReadOnlyDictionary<string, string> inputs, IReadOnlyDictionary<string, string> environment)
    {
        foreach (var name in inputs.Keys)
            if (!Defaults.ContainsKey(name)) throw new InvalidOperationException($"action.yml has no input '{name}'");
        var context = new Context(
            Defaults.ToDictionary(p => p.Key, p => inputs.TryGetValue(p.Key, out var v) ? v : p.Value, StringComparer.Ordinal),
            new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal),
            new Dictionary<string, string>(StringComparer.Ordinal) { ["github.action_path"] = ActionPath, ["github.workspace"] = workspace, ["runner.temp"] = runnerTemp });
        var path = environment.TryGetValue("PATH", out var p0) ? p0 : Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var log = new StringBuilder();
        var used = new List<(string Uses, Dictionary<string, string> With)>();
        var ran = new List<string>();
        var exitCode = 0;

        foreach (var step in Steps)
        {
            var name = step.Children.TryGetValue("name", out var n) ? Scalar(n) : step.Children.TryGetValue("uses", out var u0) ? Scalar(u0) : "step";
            if (step.Children.TryGetValue("if", out var condition) && !Truthy(Evaluate(Unwrap(Scalar(condition)), context))) continue;
            ran.Add(name);

            if (step.Children.TryGetValue("uses", out var uses))
            {
                var with = step.Children.TryGetValue("with", out var w)
                    ? ((YamlMappingNode)w).Children.ToDictionary(p => Scalar(p.Key), p => Substitute(Scalar(p.Value), context), StringComparer.Ordinal)
                    : [];
                used.Add((Scalar(uses), with));
                continue;
            }

            var shell = Scalar(step["shell"]);
            if (shell != "bash") throw new InvalidOperationException($"step '{name}': shell '{shell}'; composite steps here run in bash");
            var id = step.Children.TryGetValue("id", out var i) ? Scalar(i) : null;
            var script = Path.Combine(runnerTemp, $"step-{ran.Count}.sh");
            var outputFile = Path.Combine(runnerTemp, $"step-{ran.Count}.output");
            var pathFile = Path.Combine(runnerTemp, $"step-{ran.Count}.path");
            File.WriteAllText(script, Substitute(Scalar(step["run"]), context));
            File.WriteAllText(outputFile, string.Empty);
            File.WriteAllText(pathFile, string.Empty);

            var start = new ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", script])
            {
                WorkingDirectory = workspace,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var (key, value) in environment) start.Environment[key] = value;
            start.Environment["PATH"] = path;
            start.Environment["GITHUB_OUTPUT"] = outputFile;
            start.Environment["GITHUB_PATH"] = pathFile;
            start.Environment["GITHUB_ACTION_PATH"] = ActionPath;
            start.Environment["GITHUB_WORKSPACE"] = workspace;
            start.Environment["RUNNER_TEMP"] = runnerTemp;
            if (step.Children.TryGetValue("env", out var env))
                foreach (var (key, value) in ((YamlMappingNode)env).Children) start.Environment[Scalar(key)] = Substitute(Scalar(value), context);

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            log.Append("## ").Append(name).Append('\n').Append(stdout.Result).Append(stderr.Result);

            if (id is not null)
            {
                var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var line in File.ReadAllLines(outputFile).Where(l => l.Length > 0))
                {
                    var equals = line.IndexOf('=');
                    if (equals <= 0) throw new InvalidOperationException($"step '{name}': output line '{line}' is not NAME=VALUE");
                    outputs[line.Substring(0, equals)] = line.Substring(equals + 1);
                }

                context.Steps[id] = outputs;
            }

            foreach (var added in File.ReadAllLines(pathFile).Where(l => l.Length > 0)) path = added + Path.PathSeparator + path;
            if (process.ExitCode != 0)
            {
                exitCode = process.ExitCode;
                break;
            }
        }

        var declared = _action.Children.TryGetValue("outputs", out var o) ? (YamlMappingNode)o : new YamlMappingNode();
        var results = declared.Children.ToDictionary(p => Scalar(p.Key), p => Substitute(Scalar(((YamlMappingNode)p.Value)["value"]), context), StringComparer.Ordinal);
        return new Result(exitCode, results, ran, used, log.ToString());
    }

    /// <summary>What a run did: the action's exit code, its outputs, the steps that ran, the actions it used, and the steps' output.</summary>
    public sealed record Result(int ExitCode, IReadOnlyDictionary<string, string> Outputs, IReadOnlyList<string> StepsRun, IReadOnlyList<(string Uses, Dictionary<string, string> With)> Used, string Log);

    private sealed record Context(Dictionary<string, string> Inputs, Dictionary<string, Dictionary<string, string>> Steps, Dictionary<string, string> Values);

    private static YamlNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(file));
        stream.Load(reader);
        return stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    private static string Unwrap(string condition)
    {
        var trimmed = condition.Trim();
        return trimmed.StartsWith("${{", StringComparison.Ordinal) && trimmed.EndsWith("}}", StringComparison.Ordinal) ? trimmed[3..^2] : trimmed;
    }

    /// <summary>Replaces each <c>${{ expression }}</c> in <paramref name="text"/> with its value.</summary>
    private static string Substitute(string text, Context context)
    {
        var sb = new StringBuilder();
        var at = 0;
        while (true)
        {
            var open = text.IndexOf("${{", at, StringComparison.Ordinal);
            if (open < 0) return sb.Append(text, at, text.Length - at).ToString();
            var close = text.IndexOf("}}", open, StringComparison.Ordinal);
            if (close < 0) throw new InvalidOperationException("unclosed ${{ in: " + text);
            sb.Append(text, at, open - at).Append(Evaluate(text[(open + 3)..close], context));
            at = close + 2;
        }
    }

    /// <summary>
    /// The expressions the action uses: context values (inputs.X, steps.ID.outputs.X, github.action_path,
    /// github.workspace, runner.temp), 'string' literals, ==, != (case-insensitive, as GitHub compares strings), &amp;&amp;
    /// and ||. Anything else throws.
    /// </summary>
    private static string Evaluate(string expression, Context context)
    {
        var e = expression.Trim();
        foreach (var op in new[] { "||", "&&" })
        {
            var parts = SplitOutsideQuotes(e, op);
            if (parts.Count > 1)
            {
                var values = parts.Select(part => Evaluate(part, context)).ToList();
                return op == "&&" ? Bool(values.All(Truthy)) : Bool(values.Any(Truthy));
            }
        }

        foreach (var op in new[] { "!=", "==" })
        {
            var parts = SplitOutsideQuotes(e, op);
            if (parts.Count == 2)
            {
                var equal = string.Equals(Evaluate(parts[0], context), Evaluate(parts[1], context), StringComparison.OrdinalIgnoreCase);
                return Bool(op == "==" ? equal : !equal);
            }
        }

        if (e.Length >= 2 && e[0] == '\'' && e[^1] == '\'') return e[1..^1].Replace("''", "'", StringComparison.Ordinal);
        if (e.StartsWith("inputs.", StringComparison.Ordinal))
            return context.Inputs.TryGetValue(e["inputs.".Length..], out var input) ? input : throw new InvalidOperationException("no input " + e);
        if (e.StartsWith("steps.", StringComparison.Ordinal))
        {
            var parts = e.Split('.');
            if (parts.Length != 4 || parts[2] != "outputs") throw new InvalidOperationException("unsupported expression " + e);
            return context.Steps.TryGetValue(parts[1], out var outputs) && outputs.TryGetValue(parts[3], out var value) ? value : string.Empty;
        }

        return context.Values.TryGetValue(e, out var known) ? known : throw new InvalidOperationException($"unsupported expression '{e}'");
    }

    private static List<string> SplitOutsideQuotes(string text, string op)
    {
        var parts = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'') quoted = !quoted;
            else if (!quoted && string.CompareOrdinal(text, i, op, 0, op.Length) == 0)
            {
                parts.Add(text[start..i]);
                start = i + op.Length;
                i += op.Length - 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static bool Truthy(string value) => value.Length > 0 && value != "false" && value != "0";
}

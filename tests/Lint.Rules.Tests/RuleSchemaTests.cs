using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Lint.Testing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Tests;

/// <summary>Every rule file in rules/ is valid against rules/rule.schema.json, checked by ajv (draft-07) as an editor would.</summary>
public sealed class RuleSchemaTests
{
    private const string Script = """
        const fs = require("fs");
        const Ajv = require("ajv").default;
        const ajv = new Ajv({ allErrors: true, strict: false });
        const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
        const files = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
        let failed = false;
        for (const [path, rule] of Object.entries(files)) {
          if (validate(rule)) continue;
          failed = true;
          for (const e of validate.errors) console.log(`${path}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
        }
        process.exit(failed ? 1 : 0);
        """;

    [Fact]
    public void Every_rule_file_is_valid_against_the_schema()
    {
        var tools = Repository.PathOf("tests", "tools");
        Assert.True(Directory.Exists(Path.Combine(tools, "node_modules", "ajv")),
            $"ajv is missing: run 'npm ci' in {tools} (the rule schema test validates with ajv 8)");
        var files = new JsonObject();
        foreach (var path in Directory.EnumerateFiles(Repository.PathOf("rules"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            files[Path.GetRelativePath(Repository.Root, path)] = ToJson(stream.Documents[0].RootNode);
        }

        Assert.NotEmpty(files);
        var (code, output) = Node(tools, Repository.PathOf("rules", "rule.schema.json"), files.ToJsonString());
        Assert.True(code == 0, "rule files do not match rules/rule.schema.json:\n" + output);
    }

    [Fact]
    public void The_schema_rejects_a_broken_rule()
    {
        var tools = Repository.PathOf("tests", "tools");
        Assert.True(Directory.Exists(Path.Combine(tools, "node_modules", "ajv")), $"ajv is missing: run 'npm ci' in {tools}");
        var stream = new YamlStream();
        stream.Load(new StringReader("id: HS1\nname: Bad\ntitle: t\nmessage: m\nseverity: fatal\nscope: [sidebar]\ncheck:\n  kind: substitution\n  tokens: [x]\n"));
        var (code, output) = Node(tools, Repository.PathOf("rules", "rule.schema.json"), new JsonObject { ["bad.yaml"] = ToJson(stream.Documents[0].RootNode) }.ToJsonString());
        Assert.Equal(1, code);
        foreach (var path in new[] { "/id", "/name", "/severity", "/scope", "/check" }) Assert.Contains("bad.yaml: " + path, output, StringComparison.Ordinal);
    }

    /// <summary>YAML to JSON as a YAML-aware editor sees it: plain true/false and numbers are typed, everything else is text.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: { } n } when double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? string.Empty),
        _ => null,
    };

    private static (int Code, string Output) Node(string tools, string schema, string json)
    {
        var data = Path.GetTempFileName();
        var script = Path.Combine(Path.GetTempPath(), $"lint-rule-schema-{Guid.NewGuid():N}.cjs");
        try
        {
            File.WriteAllText(data, json);
            File.WriteAllText(script, Script.Replace("require(\"ajv\")", $"require({System.Text.Json.JsonSerializer.Serialize(Path.Combine(tools, "node_modules", "ajv"))})", StringComparison.Ordinal));
            var start = new ProcessStartInfo("node") { WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(schema);
            start.ArgumentList.Add(data);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        finally
        {
            File.Delete(data);
            File.Delete(script);
        }
    }
}

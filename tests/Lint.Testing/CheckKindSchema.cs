using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lint.Checks;
using Lint.Loading;

namespace Lint.Testing;

/// <summary>
/// The <c>check</c> part of rules/rule.schema.json, generated from the check kinds' metadata (<see cref="CheckKind"/>):
/// the kind names, and for each kind the options it takes with their types, defaults, allowed values, ranges and
/// descriptions. The rest of the schema (the top-level keys, scopes, examples) is written by hand.
/// </summary>
public static class CheckKindSchema
{
    private static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><paramref name="schema"/> (the text of rule.schema.json) with its <c>check</c> property generated anew.</summary>
    public static string Update(string schema)
    {
        var root = JsonNode.Parse(schema)!.AsObject();
        root["properties"]!["check"] = Check();
        return root.ToJsonString(Format).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>The schema of a rule's <c>check</c> mapping: a known kind, and only that kind's options.</summary>
    public static JsonObject Check() => new()
    {
        ["type"] = "object",
        ["required"] = Strings(["kind"]),
        ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["enum"] = Strings(CheckKinds.Names) } },
        ["allOf"] = new JsonArray([.. CheckKinds.Names.Select(name => { CheckKinds.TryGet(name, out var kind); return (JsonNode)Block(kind!); })]),
    };

    private static JsonObject Block(CheckKind kind)
    {
        var properties = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind.Name } };
        foreach (var option in kind.Options) properties[option.Name] = Option(option);
        return new JsonObject
        {
            ["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind.Name } },
                ["required"] = Strings(["kind"]),
            },
            ["then"] = new JsonObject
            {
                ["properties"] = properties,
                ["additionalProperties"] = false,
                ["required"] = Strings(["kind", .. kind.Options.Where(o => o.Required).Select(o => o.Name)]),
            },
        };
    }

    private static JsonObject Option(CheckOption option)
    {
        var node = option.Type switch
        {
            CheckOptionType.Boolean => new JsonObject { ["type"] = "boolean" },
            CheckOptionType.Integer => new JsonObject { ["type"] = "integer" },
            CheckOptionType.Number => new JsonObject { ["type"] = "number" },
            CheckOptionType.Text when option.Allowed is { } allowed => new JsonObject { ["enum"] = Strings(allowed) },
            CheckOptionType.Text => new JsonObject { ["type"] = "string" },
            CheckOptionType.TextList => TextOrList(),
            CheckOptionType.TextMapping => new JsonObject
            {
                ["type"] = "object",
                ["minProperties"] = 1,
                ["additionalProperties"] = new JsonObject
                {
                    ["oneOf"] = new JsonArray(
                        new JsonObject { ["type"] = "string" },
                        new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["minItems"] = 1 }),
                },
            },
            CheckOptionType.TextSets => new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 2,
                    ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                },
            },
            _ => throw new ArgumentOutOfRangeException(nameof(option), option.Type, "an option type the schema does not know"),
        };

        if (option.Minimum is { } min) node["minimum"] = Number(min);
        if (option.Maximum is { } max) node["maximum"] = Number(max);
        if (option.Default is { } value) node["default"] = Typed(option.Type, value);
        node["description"] = option.Description;
        if (option.Examples is { } examples) node["examples"] = Strings(examples);
        return node;
    }

    private static JsonObject TextOrList() => new()
    {
        ["oneOf"] = new JsonArray(
            new JsonObject { ["type"] = "string" },
            new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }),
    };

    private static JsonNode Typed(CheckOptionType type, string value) => type switch
    {
        CheckOptionType.Boolean => JsonValue.Create(value == "true"),
        CheckOptionType.Integer => JsonValue.Create(long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture)),
        CheckOptionType.Number => Number(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value),
    };

    private static JsonNode Number(double value) => value == Math.Floor(value) && Math.Abs(value) < 1e15 ? JsonValue.Create((long)value) : JsonValue.Create(value);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}

using System.Text;
using CsCheck;

namespace Lint.Fuzz.Tests;

/// <summary>
/// <c>--baseline</c> logs: JSON trees shaped more or less like SARIF (runs, results, locations, regions, fingerprints)
/// with values of every JSON type where one type is expected, strings with escapes (lone surrogates among them), and
/// text that is not JSON at all.
/// </summary>
public static class SarifGen
{
    private static readonly string[] Keys =
    [
        "runs", "results", "ruleId", "level", "message", "text", "locations", "physicalLocation", "artifactLocation", "uri", "region",
        "startLine", "startColumn", "endLine", "endColumn", "snippet", "partialFingerprints", "lintFingerprint/v1",
        "primaryLocationLineHash", "baselineState", "tool", "version", "x",
    ];

    private static readonly Gen<string> JsonString = Gen.Frequency(
        (6, Gen.OneOf("ED2002", "ED1001", "error", "warning", "note", "absent", "new", "news/probe.txt", "news%2Fprobe.md", "%", "%zz", "", "x",
            "Riders said", "abc123", "0f:1", "2.1.0")),
        (1, Gen.OneOf("\\ud800", "\\udc00x", "\\u0000", "\\\"", "\\\\", "\\n", "é", "\\uD83D\\uDE00")));

    private static Gen<string> Value(int depth) => depth <= 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (2, Gen.Select(Gen.OneOf(Keys).Array[0, 5], Value(depth - 1).Array[5, 5], (keys, values) =>
                "{" + string.Join(",", keys.Select((k, i) => "\"" + k + "\":" + values[i])) + "}")),
            (1, Value(depth - 1).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]")));

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (3, JsonString.Select(s => "\"" + s + "\"")),
        (2, Gen.OneOf("0", "1", "-1", "9", "2147483647", "2147483648", "-2147483649", "1e9", "1.5", "true", "false", "null")));

    private static readonly Gen<string> Region = Gen.Select(Scalar, Scalar, Scalar, Scalar, (a, b, c, d) =>
        $"{{\"startLine\":{a},\"startColumn\":{b},\"endLine\":{c},\"endColumn\":{d},\"snippet\":{{\"text\":\"Riders said\"}}}}");

    private static readonly Gen<string> Result = Gen.Select(JsonString, JsonString, Region, JsonString, Gen.OneOf("", ",\"baselineState\":\"absent\"", ",\"baselineState\":1"),
        (rule, uri, region, fingerprint, state) =>
            $"{{\"ruleId\":\"{rule}\",\"level\":\"error\",\"message\":{{\"text\":\"m\"}},\"locations\":[{{\"physicalLocation\":{{\"artifactLocation\":{{\"uri\":\"{uri}\"}},\"region\":{region}}}}}],\"partialFingerprints\":{{\"lintFingerprint/v1\":\"{fingerprint}\"}}{state}}}");

    /// <summary>A log shaped like Lint's.</summary>
    private static readonly Gen<string> Shaped = Result.Array[0, 4].Select(results => $"{{\"version\":\"2.1.0\",\"runs\":[{{\"results\":[{string.Join(",", results)}]}}]}}");

    /// <summary>Shaped logs, trees of any shape, and either cut short or with a byte changed.</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (3, Shaped),
        (3, Value(4)),
        (1, Gen.Select(Gen.Frequency((1, Shaped), (1, Value(3))), Gen.Int[0, 1_000_000], Gen.Char, (text, at, c) =>
        {
            var position = (int)((long)at * text.Length / 1_000_000);
            return new StringBuilder(text).Insert(position, c).ToString();
        })),
        (1, Gen.Select(Shaped, Gen.Int[0, 1_000_000], (text, at) => text[..(int)((long)at * text.Length / 1_000_000)])));
}

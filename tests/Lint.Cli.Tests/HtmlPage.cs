using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lint.Cli.Tests;

/// <summary>What an HTML report holds, read without a browser: its findings (the data blocks) and its totals.</summary>
public sealed partial record HtmlPage(IReadOnlyList<HtmlPage.Finding> Findings, IReadOnlyDictionary<string, int> Totals)
{
    /// <summary>One finding as the page carries it.</summary>
    public sealed record Finding(string Path, string RuleId, string Severity, string? State, string Message, string? Flagged, bool Suppressed);

    [GeneratedRegex("<script type=\"application/json\" class=\"lint-data\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock { get; }

    [GeneratedRegex("<dd data-total=\"(?<key>[\\w-]+)\">(?<value>[\\d,]+)</dd>")]
    private static partial Regex Total { get; }

    /// <summary>Reads a page Lint wrote.</summary>
    public static HtmlPage Read(string html)
    {
        var files = new Dictionary<int, string>();
        var raw = new List<JsonElement>();
        foreach (Match block in DataBlock.Matches(html))
        {
            var data = JsonDocument.Parse(block.Groups["json"].Value).RootElement;
            foreach (var file in data.GetProperty("files").EnumerateArray()) files[file[0].GetInt32()] = file[1].GetString()!;
            raw.AddRange(data.GetProperty("items").EnumerateArray());
        }

        var findings = raw.Select(i => new Finding(
            files[i.GetProperty("f").GetInt32()],
            i.GetProperty("r").GetString()!,
            i.GetProperty("s").GetString()!,
            i.TryGetProperty("k", out var k) ? k.GetString() : null,
            i.GetProperty("m").GetString()!,
            i.TryGetProperty("w", out var w) ? w[2].GetString() : null,
            i.TryGetProperty("u", out _))).ToList();
        var totals = Total.Matches(html).ToDictionary(m => m.Groups["key"].Value, m => int.Parse(m.Groups["value"].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));
        return new HtmlPage(findings, totals);
    }
}

using System.Globalization;
using System.Text;

namespace Lint.Evaluation.Tests.RealNews;

/// <summary>
/// tests/realnews/verdicts.tsv: one line a finding, <c>file, line, column, rule, verdict, why</c> separated by tabs,
/// sorted by file, line, column and rule; lines starting with '#' are comments. Nothing of the articles' text is in
/// it, only where each finding is and a reader's verdict on it in the reader's own words.
/// </summary>
public static class VerdictFile
{
    /// <summary>The comment lines at the top of the file.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "# Verdicts on every finding the built-in pack reports on the real articles of ../shared/corpus (docs/realnews.md).",
        "# One line a finding: file (family/name), line, column, rule, verdict (true, false or debatable), why, tab-separated.",
        "# A reader gave each verdict after reading the text around the finding; doubtful ones were settled by a second reader.",
        "# The words are the readers' own: no text of the articles is copied here.",
        "# bench/realnews.sh prints every finding beside its verdict; it writes verdicts.received.tsv with '?' for a new finding.",
    ];

    /// <summary>Reads the verdicts, keyed by finding; problems (bad lines, repeats) go to <paramref name="errors"/>.</summary>
    public static Dictionary<VerdictKey, Verdict> Read(string path, List<string> errors)
    {
        var verdicts = new Dictionary<VerdictKey, Verdict>();
        if (!File.Exists(path)) return verdicts;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length != 6
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var row)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var column))
            {
                errors.Add($"{Path.GetFileName(path)}:{number}: expected file, line, column, rule, verdict and why, tab-separated");
                continue;
            }

            var key = new VerdictKey(parts[0], row, column, parts[3]);
            if (!Verdict.Values.Contains(parts[4]))
            {
                errors.Add($"{Path.GetFileName(path)}:{number}: verdict '{parts[4]}' is not one of {string.Join(", ", Verdict.Values)}");
                continue;
            }

            if (parts[5].Trim().Length == 0) errors.Add($"{Path.GetFileName(path)}:{number}: a verdict needs a few words of why");
            if (!verdicts.TryAdd(key, new Verdict(key, parts[4], parts[5].Trim()))) errors.Add($"{Path.GetFileName(path)}:{number}: {key} has a verdict already");
        }

        return verdicts;
    }

    /// <summary>
    /// The verdicts for <paramref name="findings"/>, as the file should read: each finding with its verdict, or with
    /// '?' and the finding's message when it has none yet, for a reader to fill in.
    /// </summary>
    public static string Write(IEnumerable<RealNewsFinding> findings, IReadOnlyDictionary<VerdictKey, Verdict> verdicts)
    {
        var sb = new StringBuilder();
        foreach (var line in Header) sb.Append(line).Append('\n');
        foreach (var finding in findings.DistinctBy(f => f.Key).OrderBy(f => f.Key))
        {
            var key = finding.Key;
            var (value, why) = verdicts.TryGetValue(key, out var verdict) ? (verdict.Value, verdict.Why) : ("?", "NEW: " + finding.Message.Replace('\t', ' '));
            sb.Append(CultureInfo.InvariantCulture, $"{key.File}\t{key.Line}\t{key.Column}\t{key.RuleId}\t{value}\t{why}\n");
        }

        return sb.ToString();
    }
}

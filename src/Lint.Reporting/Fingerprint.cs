using System.Security.Cryptography;
using System.Text;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>
/// Lint's own fingerprint of a finding: the rule, the flagged text and the text of its line with white space
/// folded, and which occurrence of that triple it is. Adding or removing paragraphs elsewhere leaves it unchanged;
/// editing the paragraph itself changes it.
/// </summary>
public static class Fingerprint
{
    /// <summary>The key under which SARIF carries it in partialFingerprints.</summary>
    public const string Key = "lintFingerprint/v1";

    /// <summary>Fingerprints for the findings of one file, in the given order.</summary>
    public static IReadOnlyList<string> Compute(SourceText source, IReadOnlyList<LintDiagnostic> diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<string>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var line = diagnostic.Location.Start.Line <= source.Lines.LineCount ? source.GetLineText(diagnostic.Location.Start.Line) : string.Empty;
            var flagged = diagnostic.Span.End <= source.Length ? source[diagnostic.Span] : string.Empty;
            var key = diagnostic.RuleId + "\n" + Fold(flagged) + "\n" + Fold(line);
            seen[key] = seen.TryGetValue(key, out var n) ? n + 1 : 1;
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(key + "\n" + seen[key].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            result.Add(Convert.ToHexStringLower(bytes, 0, 16));
        }

        return result;
    }

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}

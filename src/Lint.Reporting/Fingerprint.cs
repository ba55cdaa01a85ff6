using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Reporting;

/// <summary>
/// Lint's own fingerprint of a finding: the rule, the flagged text and the text of its line with white space
/// folded, and which occurrence of that triple it is. Adding or removing paragraphs elsewhere leaves it unchanged;
/// editing the paragraph itself changes it. A line whose folded text runs over <see cref="LineLimit"/> characters
/// (a whole article on one line) stands in the triple as its SHA-256, so a finding costs a bounded hash however long
/// its line: each line is read once, not once for each of its findings.
/// </summary>
public static class Fingerprint
{
    /// <summary>The key under which SARIF carries it in partialFingerprints.</summary>
    public const string Key = "lintFingerprint/v1";

    /// <summary>
    /// The longest folded line that goes into a fingerprint as text (longer ones go in as their hash). Paragraphs of
    /// published news stay well under it, so their fingerprints are those Lint has always written.
    /// </summary>
    public const int LineLimit = 4096;

    /// <summary>Fingerprints for the findings of one file, in the given order.</summary>
    public static IReadOnlyList<string> Compute(SourceText source, IReadOnlyList<LintDiagnostic> diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new Dictionary<int, string>();
        var result = new List<string>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var lineNumber = diagnostic.Location.Start.Line;
            if (!lines.TryGetValue(lineNumber, out var line)) lines[lineNumber] = line = LineKey(source, lineNumber);
            var flagged = diagnostic.Span.End <= source.Length ? Fold(source.Text, diagnostic.Span.Start, diagnostic.Span.Length) : string.Empty;
            var key = diagnostic.RuleId + "\n" + flagged + "\n" + line;
            seen[key] = seen.TryGetValue(key, out var n) ? n + 1 : 1;
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(key + "\n" + seen[key].ToString(CultureInfo.InvariantCulture)));
            result.Add(Convert.ToHexStringLower(bytes, 0, 16));
        }

        return result;
    }

    /// <summary>
    /// The line's part of the triple: its folded text, or past <see cref="LineLimit"/> a line break (which folded
    /// text never holds) and the hex SHA-256 of that text, hashed as it is folded rather than copied first.
    /// </summary>
    private static string LineKey(SourceText source, int lineNumber)
    {
        if (lineNumber < 1 || lineNumber > source.Lines.LineCount) return string.Empty;
        var text = source.Text;
        var start = source.Lines.GetLineStart(lineNumber - 1);
        var end = source.Lines.GetLineEnd(lineNumber - 1, text);
        if (end - start <= LineLimit) return Fold(text, start, end - start);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        var chars = new char[1 << 12];
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(chars.Length)];
        var count = 0;
        var folded = 0;
        var space = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = folded > 0;
                continue;
            }

            if (count >= chars.Length - 1) Flush(false);
            if (space)
            {
                chars[count++] = ' ';
                folded++;
            }

            space = false;
            chars[count++] = c;
            folded++;
        }

        if (folded <= LineLimit) return Fold(text, start, end - start);
        Flush(true);
        return "\n" + Convert.ToHexStringLower(hash.GetHashAndReset());

        void Flush(bool last)
        {
            hash.AppendData(bytes, 0, encoder.GetBytes(chars, 0, count, bytes, 0, last));
            count = 0;
        }
    }

    private static string Fold(string text, int start, int length)
    {
        var sb = new StringBuilder(length);
        var space = false;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
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

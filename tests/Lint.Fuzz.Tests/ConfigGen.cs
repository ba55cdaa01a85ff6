using CsCheck;

namespace Lint.Fuzz.Tests;

/// <summary>
/// .editorconfig files: sections with globs built from pieces (stars, braces, ranges, classes, escapes, unbalanced
/// ones), keys built from the parts of Lint's keys, values good and bad, comments, blank lines and line endings.
/// </summary>
public static class ConfigGen
{
    private static readonly string[] GlobPieces =
    [
        "*", "**", "?", "/", ".md", ".txt", "news", "opinion", "{md,txt}", "{a,b,}", "{", "}", ",", "{1..3}", "{-5..5}", "{9..1}", "{a..c}",
        "{1..99999999999}", "{٣..٥}", "[a-z]", "[!x]", "[^x]", "[", "]", "\\", "\\*", "\\{", "[]", "{}", "**/", "/**", "x y", "ü", ".",
    ];

    private static readonly string[] KeyPieces =
    [
        "dotnet_diagnostic.", "lint.", "ED2002", "ED3001", "ED2004", "ED5002", "ED4004", "XX9999", "ed2002", "E1", ".severity", "severity",
        ".style", ".min-words", ".ignorecase", "packs", "reference_date", ".", "root", "is_global", "indent_size", " ", "",
    ];

    private static readonly string[] Values =
    [
        "error", "warning", "suggestion", "silent", "none", "default", "info", "Error", "true", "false", "2026-11-22", "2026-02-30",
        "0001-01-01", "9999-12-31", "0", "-1", "3", "99999999999", "closed", "spaced", "majority", "first", "nonsense", "",
        "news, house", "news house", ",", "error # house rule", "error;x", "=", "\u0663",
    ];

    private static readonly Gen<string> Glob = Gen.OneOf(GlobPieces).Array[0, 6].Select(string.Concat);

    private static readonly Gen<string> Line = Gen.Frequency(
        (2, Glob.Select(g => "[" + g + "]")),
        (6, Gen.Select(Gen.OneOf(KeyPieces).Array[1, 4].Select(string.Concat), Gen.OneOf(Values), Gen.OneOf(" = ", "=", " =", ": ", " = = "), (k, v, eq) => k + eq + v)),
        (1, Gen.OneOf("root = true", "is_global = true", "# comment", "; comment", "", "   ", "[", "]", "=x", "[*]x", "\u0000", "\uFEFF[*]")));

    /// <summary>A configuration file.</summary>
    public static readonly Gen<string> Any = Gen.Select(Line.Array[0, 20], Gen.OneOf("\n", "\r\n", "\r"), (lines, end) => string.Join(end, lines) + end);
}

using CsCheck;
using Lint.Testing;

namespace Lint.Fuzz.Tests;

/// <summary>
/// Rule files: well-formed rules of every check kind with options and values drawn from good and bad ones, regular
/// expressions built from pieces, YAML oddities (anchors, tags, flow and block styles, documents), and the built-in
/// rule files cut and spliced.
/// </summary>
public static class RuleGen
{
    private static readonly string[] Kinds =
    [
        "existence", "substitution", "occurrence", "repetition", "consistency", "conditional", "capitalization", "metric",
        "vocabulary", "dateline", "dateline-form", "byline-form", "paired-quotes", "terminal-punctuation", "quote-style",
        "dash-spacing", "double-space", "copyright-year", "weekday-date", "name-variants", "duplicate-text", "missing-headline",
        "Existence", "", "no-such-kind",
    ];

    private static readonly string[] Options =
    [
        "tokens", "patterns", "exceptions", "ignorecase", "regex", "swap", "sets", "prefer", "min", "max", "per", "formula",
        "min-words", "style", "first", "second", "paragraphs", "sentences", "places", "cities", "regions", "unknown-option",
    ];

    private static readonly string[] RegexPieces =
    [
        "a", "b", "x", "the", " ", ".", "\\b", "\\d", "\\w", "\\s", "\\S", "\\.", "[a-z]", "[^x]", "[", "]", "(", ")", "(?:", "|", "*",
        "+", "?", "*?", "{1,3}", "{2}", "{0,}", "{", "}", "^", "$", "(?i)", "\\", "(?<n>", "\\1", "(?=x)", "(?<=x)", "(?>a)", "(?#c)",
        "\\p{L}", "\\p{", "\\u00e9", "\\x", "’", "“", "é",
    ];

    private static readonly Gen<string> Pattern = Gen.OneOf(RegexPieces).Array[1, 10].Select(string.Concat);

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Gen.OneOf("true", "false", "0", "1", "-1", "3", "12", "2147483648", "1e400", "0x10", "", "~", "null", "yes", "majority",
            "first", "segment", "article", "sentence", "paragraph", "ap", "chicago", "sentence", "consistent", "closed", "spaced",
            "flesch-kincaid", "words / sentences", "sqrt(words) * (syllables - 1) / 0", "data/places.txt", "data/regions.tsv",
            "data/dateline-cities.tsv", "../../etc/passwd", "/dev/zero", "data/none.txt", "warning", "error", "suggestion", "note")),
        (3, Pattern.Select(p => "'" + p.Replace("'", "''") + "'")),
        (2, Gen.OneOf("[a, b]", "[]", "{}", "{a: b}", "[[US, U.S.], [x]]", "[U.S., US]", "{teh: the, alot: [a lot, allot]}", "[!]")),
        (1, Gen.Char.Array[0, 8].Select(c => "\"" + string.Concat(c.Select(ch => ch < ' ' || ch == '"' || ch == '\\' || char.IsSurrogate(ch) ? $"\\u{(int)ch:x4}" : ch.ToString())) + "\"")));

    private static readonly Gen<string> Message = Gen.OneOf(
        "\"{match}\"", "\"{match} {expected} {count} {min} {max}\"", "\"{city} {problem} {suggestion}\"", "\"{nope}\"", "\"{\"", "\"}{\"",
        "\"{value} {formula} {words} {sentences}\"", "''", "\"Quotation {mark}{start} is never closed\"");

    private static readonly Gen<string> Option = Gen.Select(Gen.OneOf(Options), Gen.Frequency((3, Scalar), (1, Scalar.Array[1, 4].Select(v => "\n" + string.Concat(v.Select(x => "    - " + x + "\n")).TrimEnd('\n')))),
        (key, value) => $"  {key}: {value}\n");

    private static readonly Gen<string> Example = Gen.Select(Gen.Bool, ArticleGen.Pieces, Gen.Bool, (flag, text, marked) =>
    {
        var body = text.Length > 300 ? text[..300] : text;
        body = marked ? "The [|" + body + "|] ends." : body;
        var escaped = body.Replace("'", "''").Replace("\r", " ").Replace("\n", " ");
        return $"  {(flag ? "flag" : "pass")}:\n    - '{escaped}'\n";
    });

    /// <summary>A rule file that is mostly well formed.</summary>
    public static readonly Gen<string> Structured = Gen.Select(
        Gen.Select(Gen.OneOf("HS1001", "ED2002", "XX12", "hs1001", "HS100000", "\"HS1002\""), Gen.OneOf("a-rule", "Bad Name", "x", ""), Message),
        Gen.Select(Gen.OneOf("error", "warning", "suggestion", "silent", "fatal", ""), Gen.OneOf("", "scope: paragraph\n", "scope: [headline, deck, sentence]\n", "scope: nowhere\n", "scope: []\n")),
        Gen.Select(Gen.OneOf(Kinds), Option.Array[0, 6]),
        Gen.Frequency((3, Gen.Const("")), (2, Example.Array[1, 3].Select(e => "examples:\n" + string.Concat(e))), (1, Gen.Const("examples:\n  as-of: 2026-02-30\n  flag:\n    - text: |\n        [|x|]\n      format: markdown\n      fixed: y\n"))),
        Gen.OneOf("", "", "", "enabled: false\n", "precision: high\n", "status: deprecated\n", "tags: [a, b]\n", "help-uri: ::\n", "description: >-\n  text\n", "extra: 1\n", "&a id: x\n", "? [a]\n: b\n", "--- !!map\n", "%YAML 1.2\n---\n"),
        (head, tail, check, examples, extra) =>
            $"id: {head.Item1}\nname: {head.Item2}\ntitle: A title\nmessage: {head.Item3}\nseverity: {tail.Item1}\n{tail.Item2}check:\n  kind: {check.Item1}\n{string.Concat(check.Item2)}{examples}{extra}");

    private static readonly Gen<string> Words = Gen.OneOf("the", "US", "U.S.", "very unique", "teh", "!", "per cent", "Nov.", "“", "said", "a b", "é").Array[1, 4]
        .Select(w => "[" + string.Join(", ", w.Select(x => "'" + x + "'")) + "]");

    private static readonly Gen<string> Patterns = Pattern.Array[1, 3].Select(p => "[" + string.Join(", ", p.Select(x => "'" + x.Replace("'", "''") + "'")) + "]");

    private static readonly Gen<string> Flag = Gen.OneOf("true", "false");

    /// <summary>The options each kind takes, with values of the right type (and now and then a wrong one).</summary>
    private static readonly (string Kind, Gen<string> Options)[] Checks =
    [
        ("existence", Gen.Select(Gen.Frequency((1, Words.Select(w => $"  tokens: {w}\n")), (1, Patterns.Select(p => $"  patterns: {p}\n"))), Flag, Words, (a, b, c) => $"{a}  ignorecase: {b}\n  exceptions: {c}\n")),
        ("substitution", Gen.Select(Pattern, Gen.OneOf("x", "$1", "$2 y", "[a, b]", "''", "${n}"), Flag, (k, v, r) => $"  regex: {r}\n  swap:\n    '{k.Replace("'", "''")}': {v}\n    teh: the\n")),
        ("occurrence", Gen.Select(Words, Gen.Int[-1, 5], Gen.OneOf("segment", "article", "sentence"), (w, n, per) => $"  tokens: {w}\n  max: {n}\n  min: {n - 1}\n  per: {per}\n")),
        ("repetition", Words.Select(w => $"  exceptions: {w}\n")),
        ("consistency", Gen.Select(Words, Words, Gen.OneOf("majority", "first", "last"), (a, b, p) => $"  sets: [{a}, {b}]\n  prefer: {p}\n")),
        ("conditional", Gen.Select(Pattern, Pattern, (a, b) => $"  first: '{a.Replace("'", "''")}'\n  second: '({b.Replace("'", "''")})'\n")),
        ("capitalization", Gen.Select(Gen.OneOf("ap", "chicago", "consistent", "sentence", "upper", "lower", "title"), Words, (s, w) => $"  style: {s}\n  exceptions: {w}\n")),
        ("metric", Gen.Select(Gen.OneOf("flesch-kincaid", "smog", "gunning-fog", "words-per-sentence", "words / sentences", "sqrt(syllables) * (words - 1) / 0", "(", "words +", "characters / long_words"), Gen.Int[-5, 30], Gen.OneOf("segment", "article"), (f, m, per) => $"  formula: {f}\n  max: {m}\n  min-words: {m % 7}\n  per: {per}\n")),
        ("dateline", Gen.OneOf("  places: data/places.txt\n  cities: data/dateline-cities.tsv\n  regions: data/regions.tsv\n", "  places: data/none.txt\n", "")),
        ("terminal-punctuation", Gen.Select(Flag, Flag, (a, b) => $"  paragraphs: {a}\n  sentences: {b}\n")),
        ("dash-spacing", Gen.OneOf("majority", "first", "spaced", "closed", "wide").Select(s => $"  style: {s}\n")),
        ("duplicate-text", Gen.Int[-1, 12].Select(n => $"  min-words: {n}\n")),
        ("paired-quotes", Gen.Const("")), ("quote-style", Gen.Const("")), ("double-space", Gen.Const("")), ("copyright-year", Gen.Const("")),
        ("weekday-date", Gen.Const("")), ("name-variants", Gen.Const("")), ("missing-headline", Gen.Const("")), ("dateline-form", Gen.Const("")),
        ("byline-form", Gen.Const("")), ("vocabulary", Gen.Const("")),
    ];

    /// <summary>A rule that should load: a valid head, a kind with options of the right types, examples of both ways.</summary>
    public static readonly Gen<string> Valid = Gen.Select(
        Gen.Int[0, Checks.Length - 1].SelectMany(i => Checks[i].Options.Select(o => (Checks[i].Kind, o))),
        Gen.OneOf("error", "warning", "suggestion"),
        Gen.OneOf("", "scope: sentence\n", "scope: [paragraph, headline, list-item]\n"),
        Gen.Select(ArticleGen.Pieces, ArticleGen.Pieces),
        (check, severity, scope, examples) =>
        {
            static string Line(string text) => "'" + (text.Length > 200 ? text[..200] : text).Replace("'", "''").Replace("\r", " ").Replace("\n", " ") + "'";
            return $"id: HS1001\nname: generated-rule\ntitle: A generated rule\nmessage: \"A finding\"\nseverity: {severity}\n{scope}check:\n  kind: {check.Kind}\n{check.o}" +
                $"examples:\n  flag:\n    - {Line(examples.Item1)}\n  pass:\n    - {Line(examples.Item2)}\n";
        });

    private static readonly Lazy<string[]> BuiltIn = new(() =>
        [.. Directory.GetFiles(Repository.PathOf("rules", "news"), "*.yaml").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText)]);

    /// <summary>A built-in or structured rule file with a few cuts and insertions.</summary>
    public static readonly Gen<string> Mutated = Gen.Select(Gen.Int[0, 1_000], Structured, Gen.Select(Gen.Int[0, 2], Gen.Int[0, 1_000_000], Gen.Int[1, 60], Gen.Frequency((2, Scalar), (1, Gen.OneOf(": ", "- ", "\n", "  ", "#", "&x ", "*x", "!!binary ", "|\n", ">\n", "\t", "'", "\"", "[", "{")))).Array[1, 6],
        (index, structured, edits) =>
        {
            var builtIn = BuiltIn.Value;
            var text = new System.Text.StringBuilder(index % 3 == 0 ? structured : builtIn[index % builtIn.Length]);
            foreach (var (kind, at, length, piece) in edits)
            {
                var position = (int)((long)at * text.Length / 1_000_000);
                if (kind == 0) text.Insert(position, piece);
                else if (kind == 1) text.Remove(position, Math.Min(length, text.Length - position));
                else text.Length = position;
            }

            return text.ToString();
        });

    /// <summary>Valid, structured and mutated rule files.</summary>
    public static readonly Gen<string> Any = Gen.Frequency((4, Valid), (2, Structured), (2, Mutated));
}

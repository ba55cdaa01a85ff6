using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

public sealed class TextTests
{
    [Theory]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\r\nb\r\nc", 3)]
    [InlineData("a\rb\rc", 3)]
    [InlineData("a\u2028b\u0085c", 1)]
    [InlineData("", 1)]
    [InlineData("a\n", 2)]
    [InlineData("a\r\n\nb\rc\n\r", 6)]
    public void Lines_break_at_CR_LF_and_CRLF_only(string text, int lines)
    {
        var map = LineMap.Create(text);
        Assert.Equal(lines, map.LineCount);

        // Each line starts right after its break (the map is counted before it is filled).
        for (var i = 1; i < map.LineCount; i++) Assert.True(text[map.GetLineStart(i) - 1] is '\n' or '\r');
    }

    [Fact]
    public void Positions_are_one_based_in_UTF16_code_units()
    {
        var source = new SourceText("“Quote” 😀 x\r\nsecond line");
        // The emoji is two UTF-16 code units, so x stands in column 12.
        Assert.Equal(new LinePosition(1, 12), source.Lines.GetPosition(source.Text.IndexOf('x')));
        Assert.Equal(new LinePosition(2, 1), source.Lines.GetPosition(source.Text.IndexOf('s')));
        Assert.Equal("second line", source.GetLineText(2));
    }

    [Theory]
    [InlineData("São Paulo", "SAO PAULO")]
    [InlineData("Zaporizhzhia", "ZAPORIZHZHIA")]
    [InlineData("Kramators'k", "KRAMATORSK")]
    [InlineData("Deir al-Balah", "DEIR AL BALAH")]
    [InlineData("ST. PAUL", "ST PAUL")]
    [InlineData("Łódź", "LODZ")]
    [InlineData("Straße", "STRASSE")]
    [InlineData("Москва", "")]
    public void Place_names_fold_to_one_key(string name, string key) => Assert.Equal(key, PlaceName.Normalize(name));

    [Theory]
    [InlineData("RYADH", "RIYADH", 1)]
    [InlineData("MOSCWO", "MOSCOW", 1)]
    [InlineData("LONDON", "LONDON", 0)]
    [InlineData("WASHINTON", "WASHINGTON", 1)]
    [InlineData("ABC", "XYZ", 3)]
    public void Edit_distance_counts_transpositions_as_one(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.OptimalStringAlignment(a, b, 3));

    [Fact]
    public void Edit_distance_stops_past_the_limit() =>
        Assert.Equal(2, EditDistance.OptimalStringAlignment("AMSTERDAM", "ROTTERDAM", 1));

    [Fact]
    public void Bad_patterns_are_reported_not_thrown()
    {
        Assert.Null(RegexFactory.TryCreate("(unclosed", false, out var error));
        Assert.NotEmpty(error);
        Assert.NotNull(RegexFactory.TryCreate(@"\bteh\b", true, out _));
    }

    [Theory]
    [InlineData(@"\b(?:teh|recieve|occured)\b", true)]
    [InlineData(@"\b(?:January) (\d{1,2})\b", true)]
    [InlineData(@"\b(?:Jan|Feb)\.? \d{1,2}(?:st|nd|rd|th)?\b", true)]
    [InlineData(@"[*+]\s?\p{Lu}{2,4}\??", true)]
    [InlineData(@"(?<year>\d{4})-\d{2}", true)]
    [InlineData(@"\s*home", false)]
    [InlineData(@"a+", false)]
    [InlineData(@"x{3,}", false)]
    [InlineData(@"(?:ab){1,3}", false)]
    [InlineData(@"\d{0,60}\d{0,60}\d{0,60}", false)]
    public void Only_patterns_bounded_at_every_position_skip_the_linear_time_engine(string pattern, bool bounded) =>
        Assert.Equal(bounded, RegexFactory.IsBoundedPerPosition(pattern));

    [Theory]
    [InlineData(@"\b(?:January) (\d{1,2})\b", "On January 5 and January 17, then January 123.")]
    [InlineData(@"\b(?:Jan|Feb)\.? \d{1,2}(?:st|nd|rd|th)?\b", "Jan 3rd, Feb. 14 and Jan. 1st, not Janet 2")]
    [InlineData(@"(?:a|ab)(?:c|bcd)?(d?)", "abcd abd acd ab ad")]
    public void Both_engines_find_the_same_matches_and_groups(string pattern, string text)
    {
        var interpreted = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var linear = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        static string Show(System.Text.RegularExpressions.MatchCollection matches) =>
            string.Join(";", matches.Select(m => string.Join("|", m.Groups.Cast<System.Text.RegularExpressions.Group>().Select(g => $"{g.Index}:{g.Value}"))));
        Assert.Equal(Show(interpreted.Matches(text)), Show(linear.Matches(text)));
    }

    private static readonly string[] ResiduePatterns =
    [
        @"^\s*home\s*(?:»|›|>|/|\|)", @"^\s*you (?:may|might) also (?:like|enjoy)\b", @"\bclick here\b", @"^\s*read more\s*:?\s*$",
        @"^\s*share (?:this|on)\b.*$", @"^.{0,60}\bpowered by\s*:?\s*[a-z0-9.-]+\.(?:com|net|org)\b", @"^\s*skip to (?:main )?content\s*$",
    ];

    [Theory]
    [InlineData(@"\bteh\b", false, "teh")]
    [InlineData(@"colou?r|(?<x>flavou?r)", false, "colo|flavo")]
    [InlineData(@"(?<lintswap0>\b(?:January) (\d{1,2})\b)|(?<lintswap1>\b(?:October) (\d{1,2})\b)", false, "January |October ")]
    [InlineData(@"\bper\ cent\b|\b\.\.\.", false, "...|per cent")]
    [InlineData(@"\bSkip\b|\bclick here\b", true, null)] // " here" and "Sk": two letters are in most text
    [InlineData(@"[ \t]+[,;:]", false, " ,| ;| :|\t,|\t;|\t:")] // the last blank is right before the mark
    [InlineData(@"[ \t]*[,;:]", false, null)]
    [InlineData(@"\s+[,;:]", false, null)]
    [InlineData(@"[a-z]+ing\b", false, "ing")]
    [InlineData(@"[^ ]+,,", false, ",,")]
    [InlineData(@"x[ab]+yz[cd]", false, "ayzc|ayzd|byzc|byzd")]
    [InlineData(@"[ab][cd][ef][gh][ij]", false, null)] // 32 strings: too many
    [InlineData(@"it[sS]", true, null)]
    [InlineData(@"\bU\.S\.|\bUS\b", false, "U.S.|US")] // two capitals are rare in prose
    [InlineData(@"\bU\.S\.|\bUS\b", true, null)] // …but not under ignore-case
    [InlineData(@"\b20\b|abc", false, null)] // two digits are everywhere in news
    [InlineData(@"abc|x", false, null)]
    [InlineData(@"abc|", false, null)]
    [InlineData(@"ab(?i)cde", false, null)]
    [InlineData(@"(?:abc){0,2}def|ghi", false, "def|ghi")]
    [InlineData(@"\u0041BCD|x\x41yz", false, null)] // "BCD", and "yz" after the escape: two letters, too common
    [InlineData(@"\u0041BCD|x\x41yzw", false, "BCD|yzw")]
    public void A_prefilter_holds_the_literals_every_match_contains(string pattern, bool ignoreCase, string? expected)
    {
        var prefilter = LiteralPrefilter.For(pattern, ignoreCase);
        if (expected is null)
        {
            Assert.Null(prefilter);
            return;
        }

        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), prefilter!.Literals);
    }

    [Fact]
    public void The_quotation_mark_search_stops_at_every_mark_and_at_nothing_else_in_ASCII()
    {
        const string text = "He said, \"It's “fine” — ‘really’ «so» „ja“.\" Done";
        var stops = new List<int>();
        for (var i = QuoteMarks.Next(text, 0); i >= 0; i = QuoteMarks.Next(text, i + 1)) stops.Add(i);
        var expected = Enumerable.Range(0, text.Length).Where(i => text[i] is '"' or '\'' || text[i] >= 128).ToList();
        Assert.Equal(expected, stops);
        Assert.Equal(-1, QuoteMarks.Next(text, text.Length));
        Assert.Equal(-1, QuoteMarks.Next("plain words only", 0));
    }

    [Fact]
    public void No_prefilter_in_free_spacing_mode_where_spaces_are_not_literal()
    {
        var options = System.Text.RegularExpressions.RegexOptions.IgnorePatternWhitespace;
        Assert.Null(LiteralPrefilter.For(new System.Text.RegularExpressions.Regex("click here", options)));
        Assert.NotNull(LiteralPrefilter.For(new System.Text.RegularExpressions.Regex("click here")));
    }

    [SharedFact]
    public void A_prefilter_never_skips_text_the_pattern_matches()
    {
        // Every line of the seeds and the test corpus, and case and spacing variants, against ignore-case and exact patterns.
        var lines = Directory.EnumerateFiles(Repository.Shared + "/seeds").Concat(Directory.EnumerateFiles(Repository.PathOf("tests", "corpus", "articles")))
            .SelectMany(File.ReadLines)
            .Concat(["CLICK HERE for more", "Home » News", "WP Twitter Auto Publish Powered By : XYZScripts.com", "SHARE THIS",
                "Skip to main content", "Read more:", "On October 5 the talks", "clic\u212A here", "ſhare this", "a\t\t; b", "met on Tuesday , and"])
            .ToList();
        var patterns = new (string Pattern, bool IgnoreCase)[]
        {
            (Lint.Checks.ExistenceCheck.Combine([], ResiduePatterns)!, true),
            (Lint.Checks.ExistenceCheck.Combine(["per cent", "U.S.", "teh"], [])!, false),
            (@"(?<lintswap0>\b(?:January) (\d{1,2})\b)|(?<lintswap1>\b(?:October) (\d{1,2})\b)", false),
            (@"[ \t]+[,;:]", false),
            (Lint.Checks.ExistenceCheck.Combine(["U.S.", "US"], [])!, false),
        };
        foreach (var (pattern, ignoreCase) in patterns)
        {
            var regex = RegexFactory.TryCreate(pattern, ignoreCase, out var error) ?? throw new InvalidOperationException(error);
            var prefilter = LiteralPrefilter.For(pattern, ignoreCase);
            Assert.NotNull(prefilter);
            var matching = lines.Where(l => regex.IsMatch(l)).ToList();
            Assert.NotEmpty(matching);
            Assert.All(matching, line => Assert.True(prefilter!.MayMatch(line), $"skipped: {line}"));
        }
    }
}

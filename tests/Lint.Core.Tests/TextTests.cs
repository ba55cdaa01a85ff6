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
    public void Lines_break_at_CR_LF_and_CRLF_only(string text, int lines) =>
        Assert.Equal(lines, LineMap.Create(text).LineCount);

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
}

using Lint.Checks;
using Lint.Articles;
using Lint.Rules;
using Lint.Testing;
using Lint.Text;

namespace Lint.Core.Tests;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("[|RYADH|]/[|ISTANBUL|]/[|BUDAPEST|] (Worthy News) – Officials met.")]
    [InlineData("[|WASHINGTON|] (AP) — The Senate voted.")]
    [InlineData("[|SPRINGFIELD|], Ill. (AP) — Lawmakers returned.")]
    [InlineData("[|KYIV|], Ukraine (AP) — Sirens sounded.")]
    [InlineData("[|LONDON|], Nov 3 (Reuters) - Shares fell.")]
    [InlineData("[|Paris|] (AFP) - Talks resumed.")]
    [InlineData("[|NEW YORK|] -- Stocks rose.")]
    [InlineData("[|ST. PAUL|], Minn. (AP) — Snow fell.")]
    public void Finds_the_places_of_a_dateline(string marked)
    {
        var (text, expected) = SpanMarkup.Parse(marked);
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
        Assert.NotNull(article.Dateline);
        Assert.Equal(SpanMarkup.Mark(text, expected), SpanMarkup.Mark(text, article.Dateline!.Places));
    }

    [Theory]
    [InlineData("BREAKING: The Senate passed the bill.")]
    [InlineData("The mayor — a former teacher — spoke.")]
    [InlineData("U.S.-Russia talks resumed on Tuesday.")]
    [InlineData("NATO said on Tuesday that talks would resume.")]
    [InlineData("Paris - the city of light - was quiet.")]
    public void Ignores_look_alikes(string text)
    {
        var article = ArticleParser.Parse(new SourceText(text), ArticleFormat.PlainText, fragment: true);
        Assert.Null(article.Dateline);
    }
}

/// <summary>The gazetteer over the generated data files and over a hand-made pack's files.</summary>
public sealed class GazetteerTests
{
    private const string Cities = "# key, name, population, country\nRIYADH\tRiyadh\t4205961\tSA\nSAO PAULO\tSão Paulo\t10021295\tBR\nSPRINGFIELD\tSpringfield\t116250\tUS\n";

    [Fact]
    public void Generated_sorted_keys_are_searched_in_place()
    {
        var gazetteer = Gazetteer.Parse("# header\nABERDEEN\nKYIV\nSAINT PAUL\nZAGREB\n", Cities);
        Assert.True(gazetteer.IsKnown("Kyiv"));
        Assert.True(gazetteer.IsKnown("ST. PAUL"));
        Assert.True(gazetteer.IsKnown("Zagreb"));
        Assert.True(gazetteer.IsKnown("ABERDEEN"));
        Assert.True(gazetteer.IsKnown("São Paulo"));
        Assert.False(gazetteer.IsKnown("KYI"));
        Assert.False(gazetteer.IsKnown("ZAGREBB"));
        Assert.False(gazetteer.IsKnown("AARDVARK"));
        Assert.Equal(116250, gazetteer.PopulationOf("Springfield"));
        Assert.Equal("Riyadh", gazetteer.Suggest("RYADH")?.Name);
        Assert.Equal("São Paulo", gazetteer.Suggest("SAO PALO")?.Name);
    }

    [Theory]
    [InlineData("# header\nKYIV\nABERDEEN\nSAINT PAUL\n")] // not sorted
    [InlineData("ABERDEEN\nKYIV\n\nSAINT PAUL\n")] // a blank line
    [InlineData("ABERDEEN\nKYIV \nSAINT  PAUL")] // spaces that a key never has
    [InlineData("ABERDEEN\n# more\nKYIV\nSAINT PAUL\n")] // a comment among the keys
    [InlineData("ABERDEEN\nKYIV\nKYIV\nSAINT PAUL\n")] // a repeat
    [InlineData("ABERDEEN\nKYIV\nSAINT PAUL\n\n")] // two line breaks at the end
    public void Keys_that_are_almost_but_not_quite_generated_are_still_all_found(string places)
    {
        var gazetteer = Gazetteer.Parse(places, Cities);
        Assert.True(gazetteer.IsKnown("Aberdeen"));
        Assert.True(gazetteer.IsKnown("KYIV"));
        Assert.True(gazetteer.IsKnown("ST. PAUL"));
        Assert.False(gazetteer.IsKnown("ZAGREB"));
    }

    /// <summary>Data for a dateline rule that counts how often the known places are read.</summary>
    private sealed class CountingData(string places) : Lint.Loading.IRuleDataLocator
    {
        public int PlacesRead { get; private set; }

        public bool Exists(string relativePath) => true;

        public string? Read(string relativePath)
        {
            if (relativePath.EndsWith("places.txt", StringComparison.Ordinal)) PlacesRead++;
            if (relativePath.EndsWith("regions.tsv", StringComparison.Ordinal)) return "SAUDI ARABIA\tSA\nTEXAS\tUS\n";
            return relativePath.EndsWith("places.txt", StringComparison.Ordinal) ? places : Cities;
        }
    }

    [Theory]
    [InlineData("UVALDE, Texas (AP) — The council met.", 0, "")] // no city is near: settled from the cities alone
    [InlineData("RIYADH (AP) — The council met.", 0, "")] // a city
    [InlineData("RYADH (AP) — The council met.", 1, "HS1001 \"⟦RYADH⟧ (AP) — The council met.\" RYADH is not a known place")] // near Riyadh: is it a real place? the places say no
    [InlineData("RIYADHA, Saudi Arabia (AP) — The council met.", 1, "")] // near Riyadh, but a known place
    [InlineData("RIYADHA (AP) — The council met.", 1, "HS1001 \"⟦RIYADHA⟧ (AP) — The council met.\" RIYADHA is a small place that would need its state or country in a dateline")] // …that alone in a dateline lacks its country
    public void The_known_places_are_read_only_for_a_name_near_a_city(string text, int placesRead, string findings)
    {
        var data = new CountingData("# header\nRIYADHA\nUVALDE\n");
        const string yaml = "id: HS1001\nname: test-rule\ntitle: Test\nmessage: \"{city} {problem}\"\nseverity: warning\ncheck:\n  kind: dateline\n";
        var catalog = Lint.Loading.RulePackLoader.Load([new Lint.Loading.RuleFile("t.yaml", yaml)], data);
        Assert.Empty(catalog.Errors.Select(e => e.Diagnostic.Message));
        var source = new SourceText(text, "a.txt");
        var found = new Linter(catalog).Lint(source, new Lint.Configuration.LintConfiguration(new Lint.Configuration.ReferenceDate(2026, 1, 15)));
        Assert.Equal(findings, FindingText.Render(source, found).TrimEnd('\n'));
        Assert.Equal(placesRead, data.PlacesRead);
    }

    [Fact]
    public void A_hand_made_unsorted_list_with_CRLF_is_normalised_into_a_set()
    {
        var gazetteer = Gazetteer.Parse("Zagreb\r\nKyiv\r\n\r\nSaint-Étienne\r\n", Cities);
        Assert.True(gazetteer.IsKnown("KYIV"));
        Assert.True(gazetteer.IsKnown("Zagreb"));
        Assert.True(gazetteer.IsKnown("SAINT ETIENNE"));
        Assert.False(gazetteer.IsKnown("ABERDEEN"));
    }
}

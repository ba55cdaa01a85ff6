using Lint.Testing;
using Lint.Text;

namespace Lint.Evaluation.Tests;

/// <summary>
/// Explains a missed dateline misspelling from the gazetteer files themselves (read directly, not through the
/// engine): the misspelling may be a real place, the city may not be a suggestion candidate, or the misspelling may
/// be too short for any suggestion. The notes only annotate the report; they never change a score.
/// </summary>
public static class GazetteerNotes
{
    private static readonly Lazy<HashSet<string>> Places = new(() => Keys("places.txt", line => line));
    private static readonly Lazy<HashSet<string>> Cities = new(() => Keys("dateline-cities.tsv", line => line.Split('\t')[0]));

    /// <summary>Why <paramref name="misspelt"/> (an edit of <paramref name="city"/>) may have gone unflagged, or an empty string.</summary>
    public static string Explain(string city, string misspelt)
    {
        var notes = new List<string>();
        var key = PlaceName.Normalize(misspelt);
        if (Places.Value.Contains(key)) notes.Add($"\"{key}\" is itself a place in places.txt");
        if (!Cities.Value.Contains(PlaceName.Normalize(city))) notes.Add($"{PlaceName.Normalize(city)} is not a suggestion candidate in dateline-cities.tsv");
        if (key.Count(char.IsLetter) < 5) notes.Add("the misspelling has fewer than 5 letters");
        return string.Join("; ", notes);
    }

    private static HashSet<string> Keys(string file, Func<string, string> key) =>
        new(File.ReadLines(Repository.PathOf("rules", "data", file)).Where(l => l.Length > 0 && l[0] != '#').Select(key), StringComparer.Ordinal);
}

namespace Lint.Articles;

// net10.0: names are looked up as spans of the attribute, never copied.
internal static partial class HtmlClassNames
{
    private static bool Find(Dictionary<string, HtmlRole> table, ReadOnlySpan<char> name, out HtmlRole role) =>
        table.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out role);
}

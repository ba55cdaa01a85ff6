namespace Lint.Articles;

// netstandard2.0 (the analyzer) has no span lookup in a dictionary: each name is copied to be looked up.
internal static partial class HtmlClassNames
{
    private static bool Find(Dictionary<string, HtmlRole> table, ReadOnlySpan<char> name, out HtmlRole role) =>
        table.TryGetValue(name.ToString(), out role);
}

namespace Lint.Reporting;

/// <summary>
/// Offsets for windows cut out of long lines (frames, SARIF context regions): moved outward where they would fall
/// between the two halves of a surrogate pair, so that a window never holds half a character. A line break never
/// stands inside a pair, so a widened window stays on its lines.
/// </summary>
public static class TextWindow
{
    /// <summary><paramref name="offset"/> as a window's start: one back if it would begin with the second half of a pair.</summary>
    public static int Start(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]) ? offset - 1 : offset;

    /// <summary><paramref name="offset"/> as a window's end (exclusive): one on if it would end with the first half of a pair.</summary>
    public static int End(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]) ? offset + 1 : offset;
}

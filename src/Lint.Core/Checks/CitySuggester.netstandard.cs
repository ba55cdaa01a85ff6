namespace Lint.Checks;

// netstandard2.0: a bit at a time.
internal sealed partial class CitySuggester
{
    private static partial int PopCount(ulong value)
    {
        var count = 0;
        for (; value != 0; value &= value - 1) count++;
        return count;
    }
}

namespace Lint.Checks;

// net10.0: one instruction.
internal sealed partial class CitySuggester
{
    private static partial int PopCount(ulong value) => System.Numerics.BitOperations.PopCount(value);
}

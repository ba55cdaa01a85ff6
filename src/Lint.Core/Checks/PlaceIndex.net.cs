using System.Buffers;

namespace Lint.Checks;

// net10.0: the checks of the file are vectorised searches.
internal sealed partial class PlaceIndex
{
    private static readonly SearchValues<byte> KeyBytes = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n"u8);

    private static partial bool IsKeyLines(byte[] bytes, int first)
    {
        var body = bytes.AsSpan(first);
        return body.IndexOfAnyExcept(KeyBytes) < 0 && body.IndexOf("  "u8) < 0 && body.IndexOf(" \n"u8) < 0
            && body.IndexOf("\n "u8) < 0 && body.IndexOf("\n\n"u8) < 0;
    }

    private static partial int Compare(byte[] a, int aStart, int aLength, byte[] b, int bStart, int bLength) =>
        a.AsSpan(aStart, aLength).SequenceCompareTo(b.AsSpan(bStart, bLength));
}

namespace Lint.Checks;

// netstandard2.0: a byte at a time.
internal sealed partial class PlaceIndex
{
    private static partial bool IsKeyLines(byte[] bytes, int first)
    {
        for (var i = first; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')) continue;
            if (b is not ((byte)' ' or (byte)'\n')) return false;

            // A space or a line break (never the first byte here): never two in a row.
            if (bytes[i - 1] is (byte)' ' or (byte)'\n') return false;
        }

        return true;
    }

    private static partial int Compare(byte[] a, int aStart, int aLength, byte[] b, int bStart, int bLength)
    {
        var n = Math.Min(aLength, bLength);
        for (var i = 0; i < n; i++)
        {
            var c = a[aStart + i] - b[bStart + i];
            if (c != 0) return c;
        }

        return aLength - bLength;
    }
}

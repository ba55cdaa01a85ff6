using System.Text.RegularExpressions;

namespace Lint.Articles;

// netstandard2.0 cannot read bounds alone: the enumerator reads every match from its match object.
public readonly partial struct SegmentMatches
{
    private ref partial struct BoundsReader
    {
        public static partial BoundsReader Start(Regex regex, ReadOnlySpan<char> text) => default;

        public readonly partial bool IsReading => false;

        public partial bool MoveNext(out int index, out int length)
        {
            index = length = 0;
            return false;
        }
    }
}

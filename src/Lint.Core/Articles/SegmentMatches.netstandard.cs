using System.Text.RegularExpressions;

namespace Lint.Articles;

// netstandard2.0 cannot read bounds alone: the enumerator reads every match from its match object.
internal readonly partial struct SegmentMatches
{
    private ref partial struct BoundsReader
    {
        public static partial bool CanRead => false;

        public static partial BoundsReader Start(Regex regex, ReadOnlySpan<char> text) => default;

        public readonly partial int Index => 0;

        public readonly partial int Length => 0;

        public partial bool MoveNext() => false;
    }
}

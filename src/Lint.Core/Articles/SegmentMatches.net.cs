using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Lint.Articles;

// net10.0: an expression without groups is run for the bounds of its matches, which makes no match object.
internal readonly partial struct SegmentMatches
{
    private ref partial struct BoundsReader
    {
        private Regex.ValueMatchEnumerator _matches;

        public static partial bool CanRead => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static partial BoundsReader Start(Regex regex, ReadOnlySpan<char> text) => new() { _matches = regex.EnumerateMatches(text) };

        public readonly partial int Index => _matches.Current.Index;

        public readonly partial int Length => _matches.Current.Length;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public partial bool MoveNext() => _matches.MoveNext();
    }
}

using System.Text.RegularExpressions;

namespace Lint.Articles;

// net10.0: an expression without groups is run for the bounds of its matches, which makes no match object.
public readonly partial struct SegmentMatches
{
    private ref partial struct BoundsReader
    {
        private Regex.ValueMatchEnumerator _matches;
        private bool _reading;

        public static partial BoundsReader Start(Regex regex, ReadOnlySpan<char> text) =>
            new() { _matches = regex.EnumerateMatches(text), _reading = true };

        public readonly partial bool IsReading => _reading;

        public partial bool MoveNext(out int index, out int length)
        {
            if (!_matches.MoveNext())
            {
                index = length = 0;
                return false;
            }

            var match = _matches.Current;
            index = match.Index;
            length = match.Length;
            return true;
        }
    }
}

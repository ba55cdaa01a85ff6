using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// The matches of a <see cref="Pattern"/> in a segment's content, in order, as if the content were the whole input
/// (anchors and word boundaries see only the content). Read with <c>foreach</c>: the enumerator is a struct, and a
/// segment the pattern's prefilter rules out costs no run of the expression.
/// </summary>
internal readonly partial struct SegmentMatches
{
    private readonly Segment _segment;
    private readonly Pattern _pattern;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal SegmentMatches(Segment segment, Pattern pattern)
    {
        _segment = segment;
        _pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));
    }

    /// <summary>The enumerator, for <c>foreach</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Enumerator GetEnumerator() => new(_segment, _pattern);

    /// <summary>Goes through the matches; each is made from the expression's own match object only when it has groups.</summary>
    /// <remarks>Kept within 64 bytes, with no field that another one gives (docs/benchmarks.md says why).</remarks>
    public ref struct Enumerator
    {
        private readonly Segment _segment;
        private Match? _match;
        private BoundsReader _bounds;
        private Step _step;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal Enumerator(Segment segment, Pattern pattern)
        {
            _segment = segment;
            if (!pattern.MightMatch(segment.Text))
            {
                _step = Step.Done;
            }
            else if (!pattern.Captures && BoundsReader.CanRead)
            {
                _bounds = BoundsReader.Start(pattern.Regex, segment.Text);
                _step = Step.Bounds;
            }
            else
            {
                _match = pattern.Regex.Match(segment.Buffer, segment.Start, segment.Length);
                _step = Step.First;
            }
        }

        private enum Step : byte
        {
            Done,
            Bounds,
            First,
            Next,
        }

        /// <summary>The current match.</summary>
        public readonly SegmentMatch Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _step == Step.Bounds
                ? new(_segment, null, _bounds.Index, _bounds.Length)
                : new(_segment, _match, _match!.Index - _segment.Start, _match.Length);
        }

        /// <summary>Moves to the next match; false when there is none.</summary>
        public bool MoveNext()
        {
            switch (_step)
            {
                case Step.Bounds:
                    if (_bounds.MoveNext()) return true;
                    break;
                case Step.First:
                    _step = Step.Next;
                    if (_match!.Success) return true;
                    break;
                case Step.Next:
                    _match = _match!.NextMatch();
                    if (_match.Success) return true;
                    break;
            }

            _step = Step.Done;
            return false;
        }
    }

    /// <summary>
    /// Reads the bounds of an expression's matches without match objects, where the framework can (net10.0;
    /// <see cref="CanRead"/>); elsewhere the enumerator reads match objects.
    /// </summary>
    private ref partial struct BoundsReader
    {
        /// <summary>Whether the framework can read bounds alone.</summary>
        public static partial bool CanRead { get; }

        /// <summary>A reader of the matches of <paramref name="regex"/> in <paramref name="text"/>.</summary>
        public static partial BoundsReader Start(Regex regex, ReadOnlySpan<char> text);

        /// <summary>Index of the current match.</summary>
        public readonly partial int Index { get; }

        /// <summary>Length of the current match.</summary>
        public readonly partial int Length { get; }

        /// <summary>Moves to the next match; false at the end.</summary>
        public partial bool MoveNext();
    }
}

/// <summary>One match of a <see cref="Pattern"/> in a segment: where it is in the content and in the source, its text and its groups.</summary>
internal readonly struct SegmentMatch
{
    private readonly Match? _match;

    internal SegmentMatch(Segment segment, Match? match, int index, int length)
    {
        Segment = segment;
        _match = match;
        Index = index;
        Length = length;
    }

    /// <summary>The segment matched.</summary>
    public Segment Segment { get; }

    /// <summary>Index of the match in the segment's content.</summary>
    public int Index { get; }

    /// <summary>Length of the match in the content.</summary>
    public int Length { get; }

    /// <summary>Index in the content just past the match.</summary>
    public int End => Index + Length;

    /// <summary>Where the match lies in the original text.</summary>
    public TextSpan Span => Segment.SourceSpan(Index, End);

    /// <summary>The matched text, read in place.</summary>
    public ReadOnlySpan<char> Text => Segment.Text.Slice(Index, Length);

    /// <summary>The matched text as a string.</summary>
    public string Value => _match is null ? Text.ToString() : _match.Value;

    /// <summary>The group named <paramref name="name"/>; a group that did not take part (or does not exist) has <see cref="SegmentGroup.Success"/> false.</summary>
    public SegmentGroup Group(string name) => _match is null ? default : new SegmentGroup(Segment, _match.Groups[name]);

    /// <summary>The group numbered <paramref name="number"/> (0 is the whole match).</summary>
    public SegmentGroup Group(int number) =>
        _match is not null ? new SegmentGroup(Segment, _match.Groups[number])
        : number == 0 ? new SegmentGroup(Segment, Index, Length)
        : default;

    /// <inheritdoc />
    public override string ToString() => $"{Index}..{End}: {Value}";
}

/// <summary>A group of a <see cref="SegmentMatch"/>: where it is in the content and in the source, and its text.</summary>
internal readonly struct SegmentGroup
{
    private readonly Segment? _segment;
    private readonly Capture? _capture;

    internal SegmentGroup(Segment segment, Group group)
    {
        _segment = segment;
        _capture = group;
        Success = group.Success;
        Index = group.Index - segment.Start;
        Length = group.Length;
    }

    internal SegmentGroup(Segment segment, int index, int length)
    {
        _segment = segment;
        Success = true;
        Index = index;
        Length = length;
    }

    /// <summary>Whether the group took part in the match.</summary>
    public bool Success { get; }

    /// <summary>Index of the group in the segment's content (meaningless when it did not take part).</summary>
    public int Index { get; }

    /// <summary>Length of the group in the content.</summary>
    public int Length { get; }

    /// <summary>Index in the content just past the group.</summary>
    public int End => Index + Length;

    /// <summary>Where the group lies in the original text.</summary>
    public TextSpan Span => Success ? _segment!.SourceSpan(Index, End) : throw new InvalidOperationException("The group did not take part in the match.");

    /// <summary>The group's text (empty when it did not take part).</summary>
    public string Value => _capture?.Value ?? (_segment is null ? string.Empty : _segment.Text.Slice(Index, Length).ToString());
}

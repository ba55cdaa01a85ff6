using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// Pairs quotation marks once per article. Curly marks are trusted for direction unless their neighbours
/// contradict them; straight marks take their direction from their neighbours. Apostrophes (Russia’s,
/// players’, ’90s, rock ’n’ roll) are never quotation marks. A quotation still open at the end of a
/// paragraph whose next paragraph starts with an opening mark continues there (news style).
/// </summary>
internal static class QuotationPairer
{
    // Words a leading apostrophe shortens ('em, 'til), and the endings of contractions typed after a space ("isn ‘t").
    private static readonly string[] Elisions = ["em", "til", "cause", "n", "tis", "twas", "bout", "round", "cept", "cos", "nuff", "kay", "t", "s", "d", "ll", "re", "ve", "m"];

    private sealed class Open(QuoteKind kind, TextSpan mark, bool continues, bool curly = true)
    {
        public QuoteKind Kind { get; } = kind;

        /// <summary>Whether the mark is typographic (“ ‘), as against straight (" '): each style nests inside the other.</summary>
        public bool Curly { get; } = curly;

        /// <summary>The mark in the source (more than one character where an entity stands for it).</summary>
        public TextSpan Mark { get; } = mark;

        public bool Continues { get; } = continues;

        /// <summary>The index in the stack of the open quotation of the same kind and style below this one; -1 when none.</summary>
        public int Below { get; set; } = -1;
    }

    /// <summary>
    /// The quotations open in a paragraph, innermost last, with the topmost of each kind and style and how many are
    /// open kept as they change: a paragraph of ten thousand marks left open is read in one pass, not one pass a mark.
    /// </summary>
    private sealed class OpenStack
    {
        private readonly int[] _top = [-1, -1, -1, -1];
        private readonly int[] _count = new int[4];

        public List<Open> Items { get; } = [];

        public int Count => Items.Count;

        public Open this[int index] => Items[index];

        public void Push(Open open)
        {
            var slot = Slot(open.Kind, open.Curly);
            open.Below = _top[slot];
            _top[slot] = Items.Count;
            _count[slot]++;
            Items.Add(open);
        }

        public Open Pop()
        {
            var open = Items[Items.Count - 1];
            Items.RemoveAt(Items.Count - 1);
            var slot = Slot(open.Kind, open.Curly);
            _top[slot] = open.Below;
            _count[slot]--;
            return open;
        }

        /// <summary>The index of the innermost open quotation of <paramref name="kind"/> in <paramref name="curly"/> marks or not; -1 when none.</summary>
        public int LastIndex(QuoteKind kind, bool curly) => _top[Slot(kind, curly)];

        /// <summary>The index of the innermost open quotation of <paramref name="kind"/>; -1 when none.</summary>
        public int LastIndex(QuoteKind kind) => Math.Max(_top[Slot(kind, false)], _top[Slot(kind, true)]);

        public int CountOf(QuoteKind kind, bool curly) => _count[Slot(kind, curly)];

        public bool Any(QuoteKind kind) => LastIndex(kind) >= 0;

        private static int Slot(QuoteKind kind, bool curly) => (kind == QuoteKind.Double ? 0 : 2) + (curly ? 1 : 0);
    }

    /// <summary>How many of each double mark a paragraph has from some index on, kept as the scan moves forward.</summary>
    private sealed class MarksAhead
    {
        public MarksAhead(ReadOnlySpan<char> content)
        {
            foreach (var c in content) Count(c, 1);
        }

        public int CurlyClosers { get; private set; }

        public int CurlyOpeners { get; private set; }

        public int Straight { get; private set; }

        /// <summary>The scan has passed <paramref name="c"/>: it is no longer ahead.</summary>
        public void Pass(char c) => Count(c, -1);

        private void Count(char c, int by)
        {
            if (c == '”') CurlyClosers += by;
            else if (c == '“') CurlyOpeners += by;
            else if (c == '"') Straight += by;
        }
    }

    public static List<Quotation> Pair(IReadOnlyList<Segment> segments)
    {
        var result = new List<Quotation>();
        List<Open>? carried = null;
        Segment? previous = null;
        foreach (var segment in segments)
        {
            if (!IsQuotable(segment.Kind)) continue;
            if (segment.Kind == SegmentKind.Caption && carried is { Count: > 0 })
            {
                // A photo caption set between the paragraphs of a quotation does not interrupt it.
                foreach (var open in Scan(segment, false, result)) result.Add(Unclosed(open, segment));
                continue;
            }

            var flows = previous is not null && Flows(segments, previous, segment);
            var startsWithOpening = StartsWithOpeningMark(segment);
            if (carried is { Count: > 0 } && previous is not null)
            {
                // The paragraph before ended inside a quotation: it continues only if this one reopens it, as news style
                // does; the items of a quoted list run on without reopening.
                var continues = flows && (startsWithOpening || segment.Kind == SegmentKind.ListItem);
                foreach (var open in carried)
                {
                    result.Add(new Quotation(open.Kind, previous.Index, open.Mark, null)
                    {
                        ContinuesIntoNext = continues,
                        ContinuesFromPrevious = open.Continues,
                        Inner = TextSpan.FromBounds(open.Mark.End, EndOfProse(previous)),
                    });
                }
            }

            carried = Scan(segment, startsWithOpening && carried is { Count: > 0 } && flows, result);
            previous = segment;
        }

        if (carried is { Count: > 0 } && previous is not null)
        {
            foreach (var open in carried)
            {
                result.Add(new Quotation(open.Kind, previous.Index, open.Mark, null)
                {
                    ContinuesFromPrevious = open.Continues,
                    Inner = TextSpan.FromBounds(open.Mark.End, EndOfProse(previous)),
                });
            }
        }

        result.Sort((a, b) => a.Open.Start.CompareTo(b.Open.Start));
        return result;
    }

    /// <summary>Where the last character of the segment's prose ends in the source.</summary>
    private static int EndOfProse(Segment segment)
    {
        var last = segment.LastContentIndex();
        return last < 0 ? segment.Span.Start : segment.SourceSpan(last, last + 1).End;
    }

    private static bool IsQuotable(SegmentKind kind) => kind is SegmentKind.Paragraph or SegmentKind.Blockquote
        or SegmentKind.ListItem or SegmentKind.Headline or SegmentKind.Deck or SegmentKind.Subhead or SegmentKind.Caption;

    /// <summary>
    /// Only running prose, or the items of one list, carry a quotation on; a heading breaks it, a caption or page
    /// furniture does not.
    /// </summary>
    private static bool Flows(IReadOnlyList<Segment> segments, Segment previous, Segment next)
    {
        if (previous.Kind is not (SegmentKind.Paragraph or SegmentKind.Blockquote or SegmentKind.ListItem) || previous.Kind != next.Kind) return false;
        for (var k = previous.Index + 1; k < next.Index; k++)
        {
            if (segments[k].Kind is not (SegmentKind.Caption or SegmentKind.Boilerplate or SegmentKind.Dateline)) return false;
        }

        return true;
    }

    /// <summary>A quotation left open at the end of <paramref name="segment"/>.</summary>
    private static Quotation Unclosed(Open open, Segment segment) => new(open.Kind, segment.Index, open.Mark, null)
    {
        ContinuesFromPrevious = open.Continues,
        Inner = TextSpan.FromBounds(open.Mark.End, EndOfProse(segment)),
    };

    private static bool StartsWithOpeningMark(Segment segment)
    {
        var i = segment.FirstContentIndex();
        var content = segment.Text;
        return i >= 0 && i + 1 < content.Length && content[i] is '“' or '"' or '‘' or '\'' or '«' or '„'
            && !char.IsWhiteSpace(content[i + 1]);
    }

    /// <summary>Scans one segment, adds its paired and unclosed quotations, and returns those left open at its end.</summary>
    private static List<Open> Scan(Segment segment, bool reopens, List<Quotation> result)
    {
        var content = segment.Text;
        var stack = new OpenStack();
        MarksAhead? ahead = null;
        var first = segment.FirstContentIndex();
        for (var i = QuoteMarks.Next(content, 0); i >= 0; i = QuoteMarks.Next(content, i + 1))
        {
            var c = content[i];
            if (c is not ('“' or '”' or '"' or '‘' or '’' or '\'' or '«' or '»' or '„')) continue;

            // Every double mark is visited (the doubled single marks skipped below are single), so the counts stay true.
            ahead?.Pass(c);
            var prev = i > 0 ? content[i - 1] : ' ';
            var next = i + 1 < content.Length ? content[i + 1] : ' ';
            var offset = segment.SourceSpan(i, i + 1);
            var role = Classify(c, prev, next, content, i, stack);
            if (c is '‘' or '’' or '\'' && next == c)
            {
                // Two single marks typed for a double one (‘‘…’’ in old wire copy, ''…'' from TeX): one double mark.
                var after = i + 2 < content.Length ? content[i + 2] : ' ';
                role = Classify(c == '‘' ? '“' : c == '’' ? '”' : '"', prev, after, content, i, stack);
                offset = segment.SourceSpan(i, i + 2);
                i++;
            }

            switch (role)
            {
                case Role.OpenDouble or Role.OpenSingle:
                {
                    var kind = role == Role.OpenDouble ? QuoteKind.Double : QuoteKind.Single;
                    var curly = IsCurly(c);
                    if (kind == QuoteKind.Double)
                    {
                        // English does not nest double quotes directly: an open double before this one was never closed,
                        // unless the marks tell otherwise: a straight pair inside a typographic one (pasted text), or
                        // enough closing marks ahead to close this one and the one before (“A “B” C”).
                        var openDouble = stack.LastIndex(QuoteKind.Double);
                        if (openDouble >= 0 && stack[openDouble].Curly == curly)
                        {
                            // Counted once, from the start of the paragraph, the first time a double mark opens inside another.
                            if (ahead is null)
                            {
                                ahead = new MarksAhead(content);
                                foreach (var passed in content.Slice(0, i + 1)) ahead.Pass(passed);
                            }

                            if (!ClosesBoth(ahead, curly, stack)) Unwind(stack, openDouble, segment, offset, result);
                        }
                    }

                    stack.Push(new Open(kind, offset, reopens && i == first, curly));
                    break;
                }

                case Role.CloseDouble or Role.CloseSingle:
                {
                    var kind = role == Role.CloseDouble ? QuoteKind.Double : QuoteKind.Single;
                    var curly = IsCurly(c);
                    var index = stack.LastIndex(kind, curly);
                    if (index < 0) index = stack.LastIndex(kind);
                    if (index < 0) break;
                    Unwind(stack, index + 1, segment, offset, result);
                    var open = stack.Pop();
                    result.Add(new Quotation(kind, segment.Index, open.Mark, offset)
                    {
                        ContinuesFromPrevious = open.Continues,
                        Inner = TextSpan.FromBounds(open.Mark.End, offset.Start),
                    });
                    break;
                }
            }
        }

        return stack.Items;
    }

    private static bool IsCurly(char c) => c is not ('"' or '\'');

    /// <summary>
    /// Whether the closing marks of the same style ahead of the opening mark just read are enough to close the
    /// quotation that opens there, those opened after it, and the ones of its style still open before it: then it
    /// nests. Straight marks say nothing of their direction, so every one ahead counts as a possible closer.
    /// </summary>
    private static bool ClosesBoth(MarksAhead ahead, bool curly, OpenStack stack)
    {
        var closers = curly ? ahead.CurlyClosers : ahead.Straight;
        var openers = curly ? ahead.CurlyOpeners : 0;
        return closers >= openers + stack.CountOf(QuoteKind.Double, curly) + 1;
    }

    /// <summary>Reports every quotation from <paramref name="from"/> up the stack as unclosed where the text moved on.</summary>
    private static void Unwind(OpenStack stack, int from, Segment segment, TextSpan at, List<Quotation> result)
    {
        while (stack.Count > from)
        {
            var open = stack.Pop();
            result.Add(new Quotation(open.Kind, segment.Index, open.Mark, null)
            {
                ContinuesFromPrevious = open.Continues,
                Inner = TextSpan.FromBounds(open.Mark.End, at.Start),
            });
        }
    }

    private enum Role
    {
        None,
        OpenDouble,
        CloseDouble,
        OpenSingle,
        CloseSingle,
    }

    private static Role Classify(char c, char prev, char next, ReadOnlySpan<char> content, int i, OpenStack stack)
    {
        var atWordStart = IsOpeningContext(prev) && !char.IsWhiteSpace(next);
        var atWordEnd = !char.IsWhiteSpace(prev) && IsClosingContext(next);
        var doubleOpen = stack.Any(QuoteKind.Double);
        var singleOpen = stack.Count > 0 && stack[stack.Count - 1].Kind == QuoteKind.Single;
        switch (c)
        {
            case '“' or '„' or '«':
                // A wrongly turned mark at the end of a word, or before a comma or a stop, closes the quotation that is
                // open: no quotation opens on punctuation.
                return doubleOpen && ((atWordEnd && !atWordStart) || next is ',' or ';' or ':' or '.' or ')' or '!' or '?') ? Role.CloseDouble : Role.OpenDouble;
            case '”' or '»':
                return !doubleOpen && atWordStart && !atWordEnd ? Role.OpenDouble : Role.CloseDouble;
            case '"':
                // Between letters it is a mistyped apostrophe ("the army"s missile"), not a quotation mark.
                if (char.IsLetterOrDigit(prev) && char.IsLetter(next)) return Role.None;
                if (atWordStart && !atWordEnd) return Role.OpenDouble;
                if (atWordEnd && !atWordStart) return Role.CloseDouble;
                return doubleOpen ? Role.CloseDouble : Role.OpenDouble;
            case '‘':
                // Hawai‘i: between two letters it is an ʻokina or apostrophe, never a quotation mark.
                if (IsElision(content, i) || (char.IsLetter(prev) && char.IsLetter(next))) return Role.None;
                return singleOpen && atWordEnd && !atWordStart ? Role.CloseSingle : Role.OpenSingle;
            case '’':
                if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) return Role.None;
                if (singleOpen && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next)) return Role.CloseSingle;
                return Role.None;
            case '\'':
                if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) return Role.None;
                if (atWordStart && !atWordEnd && !IsElision(content, i) && char.IsLetter(next) && (prev is ' ' or '"' or '“' or '(' or '\n' or '\t' || i == 0))
                    return Role.OpenSingle;
                if (singleOpen && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next)) return Role.CloseSingle;
                return Role.None;
            default:
                return Role.None;
        }
    }

    private static bool IsOpeningContext(char prev) =>
        char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '“' or '‘' or '"' or '\'' or ':' or '«';

    private static bool IsClosingContext(char next) =>
        char.IsWhiteSpace(next) || char.IsPunctuation(next) || char.IsSymbol(next);

    /// <summary>’90s, ’em, ’til, rock ’n’ roll: a leading apostrophe, not an opening quote.</summary>
    private static bool IsElision(ReadOnlySpan<char> content, int i)
    {
        if (i + 1 >= content.Length) return false;
        if (char.IsDigit(content[i + 1])) return true;
        foreach (var word in Elisions)
        {
            var end = i + 1 + word.Length;
            if (end > content.Length) continue;
            if (!content.Slice(i + 1, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            if (end == content.Length || !char.IsLetter(content[end])) return true;
        }

        return false;
    }
}

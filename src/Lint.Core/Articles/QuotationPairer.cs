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
    private static readonly string[] Elisions = ["em", "til", "cause", "n", "tis", "twas", "bout", "round", "cept", "cos", "nuff", "kay"];

    private sealed class Open(QuoteKind kind, TextSpan mark, bool continues)
    {
        public QuoteKind Kind { get; } = kind;

        /// <summary>The mark in the source (more than one character where an entity stands for it).</summary>
        public TextSpan Mark { get; } = mark;

        public bool Continues { get; } = continues;
    }

    public static List<Quotation> Pair(IReadOnlyList<Segment> segments)
    {
        var result = new List<Quotation>();
        List<Open>? carried = null;
        Segment? previous = null;
        foreach (var segment in segments)
        {
            if (!IsQuotable(segment.Kind)) continue;

            var flows = previous is not null && Flows(previous, segment);
            var startsWithOpening = StartsWithOpeningMark(segment);
            if (carried is { Count: > 0 } && previous is not null)
            {
                // The paragraph before ended inside a quotation: it continues only if this one reopens it.
                var continues = flows && startsWithOpening;
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

    /// <summary>Only running prose carries a quotation on; a heading or a list breaks it.</summary>
    private static bool Flows(Segment previous, Segment next) =>
        previous.Kind is SegmentKind.Paragraph or SegmentKind.Blockquote && previous.Kind == next.Kind && next.Index == previous.Index + 1;

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
        var stack = new List<Open>();
        var first = segment.FirstContentIndex();
        for (var i = QuoteMarks.Next(content, 0); i >= 0; i = QuoteMarks.Next(content, i + 1))
        {
            var c = content[i];
            if (c is not ('“' or '”' or '"' or '‘' or '’' or '\'' or '«' or '»' or '„')) continue;
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
                    if (kind == QuoteKind.Double)
                    {
                        // English never nests double quotes directly: an open double before this one was never closed.
                        var openDouble = stack.FindLastIndex(o => o.Kind == QuoteKind.Double);
                        if (openDouble >= 0) Unwind(stack, openDouble, segment, offset, result);
                    }

                    stack.Add(new Open(kind, offset, reopens && i == first));
                    break;
                }

                case Role.CloseDouble or Role.CloseSingle:
                {
                    var kind = role == Role.CloseDouble ? QuoteKind.Double : QuoteKind.Single;
                    var index = stack.FindLastIndex(o => o.Kind == kind);
                    if (index < 0) break;
                    var open = stack[index];
                    Unwind(stack, index + 1, segment, offset, result);
                    stack.RemoveAt(index);
                    result.Add(new Quotation(kind, segment.Index, open.Mark, offset)
                    {
                        ContinuesFromPrevious = open.Continues,
                        Inner = TextSpan.FromBounds(open.Mark.End, offset.Start),
                    });
                    break;
                }
            }
        }

        return stack;
    }

    /// <summary>Reports every quotation from <paramref name="from"/> up the stack as unclosed where the text moved on.</summary>
    private static void Unwind(List<Open> stack, int from, Segment segment, TextSpan at, List<Quotation> result)
    {
        for (var k = stack.Count - 1; k >= from; k--)
        {
            var open = stack[k];
            result.Add(new Quotation(open.Kind, segment.Index, open.Mark, null)
            {
                ContinuesFromPrevious = open.Continues,
                Inner = TextSpan.FromBounds(open.Mark.End, at.Start),
            });
            stack.RemoveAt(k);
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

    private static Role Classify(char c, char prev, char next, ReadOnlySpan<char> content, int i, List<Open> stack)
    {
        var atWordStart = IsOpeningContext(prev) && !char.IsWhiteSpace(next);
        var atWordEnd = !char.IsWhiteSpace(prev) && IsClosingContext(next);
        var doubleOpen = stack.Any(o => o.Kind == QuoteKind.Double);
        var singleOpen = stack.Count > 0 && stack[stack.Count - 1].Kind == QuoteKind.Single;
        switch (c)
        {
            case '“' or '„' or '«':
                // A wrongly turned mark at the end of a word closes the quotation that is open.
                return doubleOpen && atWordEnd && !atWordStart ? Role.CloseDouble : Role.OpenDouble;
            case '”' or '»':
                return !doubleOpen && atWordStart && !atWordEnd ? Role.OpenDouble : Role.CloseDouble;
            case '"':
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

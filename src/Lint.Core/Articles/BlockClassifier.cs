using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// Gives every block its kind, for plain text and Markdown alike. An article reads in three zones: the header
/// (breadcrumbs, headline, deck, byline) up to the first line of prose or the dateline; the body; and the tail,
/// from the copyright line or a link block ("More …", "You may also like") to the end, which is not the article.
/// </summary>
internal static partial class BlockClassifier
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private const string BylinePattern = @"^(?:[Bb]y|BY|(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Rr]eporting) by)\s+\p{Lu}";

    [GeneratedRegex(BylinePattern, RegexOptions.CultureInvariant)]
    internal static partial Regex Byline { get; }

    /// <summary>The characters a match of <see cref="Byline"/> can start with: a look at the first one spares a call into the expression (a test reads them off the pattern).</summary>
    internal const string BylineStarts = "BbWwSsRr";

    private const string CopyrightPattern = @"^(?:©|\(c\)\s*\d|copyright\b|all rights reserved)";

    [GeneratedRegex(CopyrightPattern, Options)]
    internal static partial Regex Copyright { get; }

    /// <summary>The characters a match of <see cref="Copyright"/> can start with: a look at the first one spares a call into the expression (a test reads them off the pattern).</summary>
    internal const string CopyrightStarts = "©(cCaA";

    // A notice later in a short line ("Worthy News © 2025. All rights reserved."): case matters, so that prose
    // such as "the song, copyright 2019 by the band" never ends the article body.
    private const string NoticeInsidePattern =
        @"©\s*(?:19|20)\d\d|\b(?:Copyright|COPYRIGHT)\s*(?:©\s*)?(?:19|20)\d\d|\b[Aa]ll [Rr]ights [Rr]eserved\b";

    [GeneratedRegex(NoticeInsidePattern, RegexOptions.CultureInvariant)]
    internal static partial Regex NoticeInside { get; }

    private const string TailTriggerPattern =
        @"^(?:you (?:may|might) also (?:like|enjoy)|related(?: (?:articles?|stories|posts|news|coverage|content|reading|links?|topics))?|read (?:more|next|also)|also read|see also|more (?:from|on|stories|news|articles|coverage|in)\b.*|more\b.{0,40}\bnews|recommended(?: for you| stories| articles| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular (?:stories|posts|articles)|latest (?:news|stories|articles)|top stories|further reading|sponsored(?: content| stories| links)?|comments?|sources?|references|external links|related news)\s*:?$";

    [GeneratedRegex(TailTriggerPattern, Options)]
    private static partial Regex TailTrigger { get; }

    private const string ResiduePattern =
        @"^(?:home\s*(?:»|›|>|/|\|)|skip to (?:main )?content|share(?: this(?: article| story)?)?(?: on \w+)?\s*:?$|tweet$|email$|print$|click here\b|subscribe\b.*(?:newsletter|now|today)|sign up for\b|follow us on\b|advertisement$|wp twitter auto publish|story continue[sd] below|story highlights|(?:hide|show|expand) caption\b|just watched\b|replay\b.{0,40}\bmore videos|categor(?:y|ies)\s*:)";

    [GeneratedRegex(ResiduePattern, Options)]
    internal static partial Regex Residue { get; }

    /// <summary>The characters a match of <see cref="Residue"/> can start with: a look at the first one spares a call into the expression (a test reads them off the pattern).</summary>
    internal const string ResidueStarts = "hHsStTeEpPcCfFaAwWjJrR";

    // A plug-in's credit line: "WP Twitter Auto Publish Powered By : XYZScripts.com".
    private const string PoweredByPattern = @"^\S.*\bpowered by\s*:";

    [GeneratedRegex(PoweredByPattern, Options)]
    private static partial Regex PoweredBy { get; }

    private const string MetadataPattern =
        @"^(?:(?:published|updated|posted|last updated|first published)\b.{0,60}|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.{0,30})$";

    [GeneratedRegex(MetadataPattern, Options)]
    private static partial Regex Metadata { get; }

    private const string CaptionPattern =
        @"^(?:\(?(?:photo|image|picture|video|caption|credit|illustration|graphic|file photo)(?: credit)?\s*:|\(ap photo|\(photo\b|\[photo\b|file\s*[-–—]\s)";

    [GeneratedRegex(CaptionPattern, Options)]
    internal static partial Regex Caption { get; }

    /// <summary>The characters a match of <see cref="Caption"/> can start with: a look at the first one spares a call into the expression (a test reads them off the pattern).</summary>
    internal const string CaptionStarts = "([pPiIİıvVcCgGfF";

    // A caption written as prose ends with its credit: "… on Thursday. (AP Photo/Dmytro Savchuk)".
    private const string CreditAtEndPattern =
        @"\((?:[^()]*\b(?:Photo|Photograph|Photos|Pool|Image|Images|Video|Illustration)\b[^()]*|(?:AP|AFP|Reuters|EPA|Getty)[^()]*)\)$";

    [GeneratedRegex(CreditAtEndPattern, RegexOptions.CultureInvariant)]
    private static partial Regex CreditAtEnd { get; }

    // Page controls copied with the text: "Show key events only", "Load more", "View comments".
    private const string UiLabelPattern =
        @"^(?:show|hide|view|load|see|watch|listen|download|print|save|copy|sign|log|expand|collapse|toggle|close|open)\b[^.?!:]{0,40}$";

    [GeneratedRegex(UiLabelPattern, Options)]
    private static partial Regex UiLabel { get; }

    // "More from the newsroom: A · B · C": a line of links, whatever its length.
    private const string LinkLinePattern =
        @"^(?:more|related|read|also|see|further|recommended|popular|latest|trending)\b[^:]{0,40}:.*(?:·|\||•|»)";

    [GeneratedRegex(LinkLinePattern, Options)]
    private static partial Regex LinkLine { get; }

    /// <summary>
    /// The segments of <paramref name="blocks"/>, read once in order with one block of look-ahead: a reader can hand
    /// them over as it finds them, so a long article's blocks are never all held at once. <paramref name="most"/> is how
    /// many there can be, so that the list of segments is made once at its size.
    /// </summary>
    public static List<Segment> Classify(IEnumerable<RawBlock> blocks, int most, bool headlineKnown, bool fragment, out Dateline? dateline)
    {
        dateline = null;
        var segments = new List<Segment>(most + 1);
        var zone = fragment ? Zone.Body : Zone.Header;
        var sawHeadline = headlineKnown;
        var headlineSegment = false;
        var decks = 0;
        var bodyParagraphs = 0;
        var datelineSeen = false;

        // What the pass after the first needs of each segment: whether its block stood alone between blank lines,
        // and whether it ends like a sentence. Plain text only: Markdown marks its lists itself.
        var shapes = new List<LineShape>(most + 1);
        var standing = 0;
        var grouped = 0;

        // The words of the block being read, and its length: its parts are counted again only when they are shorter.
        var blockWordsNow = -1;
        var currentLength = 0;

        using var reader = blocks.GetEnumerator();
        var hasNext = reader.MoveNext();
        var next = hasNext ? reader.Current : default;
        while (hasNext)
        {
            var block = next;
            hasNext = reader.MoveNext();
            next = hasNext ? reader.Current : default;
            // The block is read in place, as is the segment it becomes: a long article's paragraphs are never copied.
            var text = block.Text.Trim();
            var kind = Decide(block, text, out blockWordsNow);
            currentLength = text.Length;
            if (kind is null) continue;

            // The headline printed again as the first line of the body (scraper residue) is not the article.
            if (kind is SegmentKind.Paragraph or SegmentKind.Deck or SegmentKind.Subhead && zone != Zone.Tail && segments.Count > 0
                && segments[segments.Count - 1].Kind == SegmentKind.Headline && TextShape.SameWords(segments[segments.Count - 1].Text, text))
                kind = SegmentKind.Boilerplate;

            var segment = block.ToSegment(kind.Value, segments.Count);
            var prose = text;
            var label = false;
            if (kind == SegmentKind.Paragraph && !datelineSeen && bodyParagraphs < 2)
            {
                dateline = DatelineParser.TryParse(segment);
                if (dateline is not null)
                {
                    datelineSeen = true;
                    var local = TextSpan.FromBounds(segment.IndexAt(dateline.Span.Start), segment.IndexAt(dateline.Span.End));
                    segments.Add(segment.Slice(local).With(SegmentKind.Dateline, segments.Count));
                    shapes.Add(default);
                    segment = segment.With(kind.Value, segments.Count);
                    prose = segment.Text.Slice(local.End).Trim();
                }
            }

            if (kind == SegmentKind.Paragraph)
            {
                // A paragraph may still be a table row, a caption, a label: read its shape after any dateline.
                var refined = Refine(prose, hasNext ? next.Text.Trim() : default, hasNext, WordsOf(prose));
                label = refined == SegmentKind.Subhead;
                if (refined != kind)
                {
                    kind = refined;
                    segment = segment.With(refined, segment.Index);
                }
            }

            if (kind == SegmentKind.Paragraph && !TextShape.EndsWithTerminal(segment.Text) && !EndsWith(segment.Text.TrimEnd(), ':')
                && MissingStops.Find(segment).Count >= 2)
            {
                // Sentences that run into one another again and again, and no stop at the end: lines of verse or a list
                // set as one paragraph by a conversion that lost the line breaks, not a paragraph that lost its period.
                kind = SegmentKind.ListItem;
                segment = segment.With(SegmentKind.ListItem, segment.Index);
            }

            if (kind == SegmentKind.Paragraph) bodyParagraphs++;
            if (kind == SegmentKind.Paragraph && ProseShape.SignOffStart(segment.Text) is var signOff and > 0)
            {
                // "… a year ago. REUTER": the sign-off after the last sentence is not part of it.
                var content = segment.Text;
                var from = signOff;
                while (from < content.Length && char.IsWhiteSpace(content[from])) from++;
                segments.Add(segment.Slice(new TextSpan(0, signOff)));
                shapes.Add(new LineShape(block.StandsAlone, Terminal: true, Words: 0));
                segment = segment.Slice(TextSpan.FromBounds(from, content.Length)).With(SegmentKind.Boilerplate, segments.Count);
            }

            segments.Add(segment);
            var words = WordsOf(segment.Text.Trim());
            shapes.Add(new LineShape(block.StandsAlone, TextShape.EndsWithTerminal(segment.Text) || EndsWith(segment.Text.TrimEnd(), ':'), words, label));
            if (kind == SegmentKind.Paragraph && block.Map is null)
            {
                if (block.StandsAlone) standing++;
                else grouped++;
            }
        }

        MarkLists(segments, shapes, standing > grouped);
        return segments;

        // The words of the block's text or a part of it: counted once for the block, again only for a part.
        int WordsOf(ReadOnlySpan<char> part) => part.Length == currentLength && blockWordsNow >= 0 ? blockWordsNow : TextShape.CountWords(part, CountWordsUpTo);

        SegmentKind? Decide(RawBlock block, ReadOnlySpan<char> text, out int words)
        {
            words = -1;
            switch (block.Hint)
            {
                case BlockHint.FrontMatter:
                    return SegmentKind.FrontMatter;
                case BlockHint.FrontMatterField:
                    return SegmentKind.FrontMatterField;
                case BlockHint.Separator:
                    // A rule of underscores closes the story in wire copy; what follows is notes and credits.
                    if (zone == Zone.Body && text.StartsWith("___".AsSpan())) zone = Zone.Tail;
                    return null;
                case BlockHint.Caption:
                    return SegmentKind.Caption;
                case BlockHint.Table:
                    return SegmentKind.Table;
            }

            words = TextShape.CountWords(text, CountWordsUpTo);
            if ((StartsWithAny(text, CopyrightStarts) && Copyright.IsMatch(text)) || (words <= 25 && TextSearch.MayHoldRightsNotice(text) && NoticeInside.IsMatch(text)))
            {
                zone = Zone.Tail;
                return SegmentKind.Footer;
            }

            if (zone == Zone.Tail) return SegmentKind.Boilerplate;
            var terminal = TextShape.EndsWithTerminal(text);
            if (!terminal && words <= 8 && TailTrigger.IsMatch(StripMarkers(text)))
            {
                // The writer's own heading ("## Read more") opens the tail too, but it is the article's, not residue.
                zone = Zone.Tail;
                return block.Hint == BlockHint.Heading ? SegmentKind.Subhead : SegmentKind.Boilerplate;
            }

            if ((words <= 16 && IsResidue(text)) || (text.IndexOf(':') >= 0 && LinkLine.IsMatch(StripMarkers(text))) || block.Hint == BlockHint.LinkList
                || (!terminal && words <= 5 && UiLabel.IsMatch(text))) return SegmentKind.Boilerplate;

            switch (block.Hint)
            {
                case BlockHint.Heading:
                    // The first H1 is the headline even when front matter also has a title.
                    if (block.HeadingLevel == 1 && !headlineSegment && zone == Zone.Header)
                    {
                        sawHeadline = headlineSegment = true;
                        return SegmentKind.Headline;
                    }

                    zone = Zone.Body;
                    return SegmentKind.Subhead;
                case BlockHint.ListItem:
                    zone = Zone.Body;
                    return SegmentKind.ListItem;
                case BlockHint.Blockquote:
                    zone = Zone.Body;
                    return SegmentKind.Blockquote;
            }

            if ((IsByline(text, words, terminal) || block.Hint == BlockHint.Byline) && (zone == Zone.Header || bodyParagraphs < 2)) return SegmentKind.Byline;
            if (block.Hint == BlockHint.Deck && zone == Zone.Header && sawHeadline && decks < 2)
            {
                decks++;
                return SegmentKind.Deck;
            }


            // A Markdown paragraph set wholly in bold or italics without a stop: a lead-in subhead or a caption.
            // Italics have no such limit: a whole paragraph in italics without a stop is a note (thanks, a series note).
            if (block.Emphasis > 0 && !terminal && zone != Zone.Header && (words <= 30 || block.Emphasis == 1))
                return block.Emphasis == 2 ? SegmentKind.Subhead : SegmentKind.Caption;
            if ((StartsWithAny(text, CaptionStarts) && Caption.IsMatch(text)) || (EndsWith(text, ')') && CreditAtEnd.IsMatch(text)) || (StartsWithAny(text, "([") && (EndsWith(text, ')') || (EndsWith(text, ']') && !terminal)) && words <= 30 && IsBracketed(text)))
                return SegmentKind.Caption;
            if (!terminal && words <= 12 && Metadata.IsMatch(text)) return SegmentKind.Boilerplate;

            if (zone == Zone.Header)
            {
                var prose = !IsHeadlineShaped(text, words, terminal)
                    && (DatelineParser.StartsWithDateline(text.ToString()) || (terminal && words >= 6) || (words > 20 && !TextShape.IsTitleCase(text.ToString())));
                if (!prose)
                {
                    if (!sawHeadline)
                    {
                        sawHeadline = headlineSegment = true;
                        return SegmentKind.Headline;
                    }

                    // A standfirst is set like a headline or sits between the headline and the byline or date;
                    // a sentence-case line straight before the body is the lede that lost its stop.
                    var following = hasNext ? next.Text.Trim() : default;
                    var beforeByline = IsByline(following, TextShape.CountWords(following, CountWordsUpTo), TextShape.EndsWithTerminal(following)) || Metadata.IsMatch(following);
                    if (decks < 2 && (TextShape.IsTitleCase(text.ToString()) || beforeByline))
                    {
                        decks++;
                        return SegmentKind.Deck;
                    }
                }

                zone = Zone.Body;
            }

            // A row of figures in columns reads like a title-case heading ("Imports   Nil   Nil"): tell them apart first.
            if (block.Hint == BlockHint.Text && ProseShape.IsTableRow(text, words, terminal)
                && (datelineSeen || bodyParagraphs >= 2 || !DatelineParser.StartsWithDateline(text.ToString())))
                return IsFurniture(text) ? SegmentKind.Boilerplate : SegmentKind.Table;
            if (IsSubhead(block, text, words, terminal)) return SegmentKind.Subhead;
            if (!terminal && words <= 3 && !EndsWith(text, ':')) return SegmentKind.Boilerplate;
            return SegmentKind.Paragraph;
        }
    }

    /// <summary>What the list pass needs to know of a segment.</summary>
    private readonly record struct LineShape(bool StandsAlone, bool Terminal, int Words, bool Label = false);

    /// <summary>The most words a line of an unmarked list or a short label has in the passes below.</summary>
    private const int ShortLine = 12;

    /// <summary>
    /// A paragraph by its shape (<paramref name="prose"/> is its text after any dateline): a table row, a caption that
    /// ends with its credit, a pull quote with its source or standing alone, an embedded post's attribution, an entry of
    /// a list of sources, a line of links, or a short line without a stop that is not the last of the article (the
    /// last block, or the one before the copyright line <paramref name="following"/>): a subhead, a label, a button's
    /// words, a caption above its story. A paragraph that lost its period is a sentence of some length among sentences;
    /// a line of a few words without one, followed by more of the article, is a heading or a label far more often.
    /// </summary>
    private static SegmentKind Refine(ReadOnlySpan<char> prose, ReadOnlySpan<char> following, bool hasNext, int words)
    {
        var terminal = TextShape.EndsWithTerminal(prose);
        if (IsFurniture(prose)) return SegmentKind.Boilerplate;
        if (ProseShape.IsTableRow(prose, words, terminal)) return SegmentKind.Table;
        if (ProseShape.EndsWithCredit(prose)) return SegmentKind.Caption;
        if (terminal) return SegmentKind.Paragraph;
        if (IsCreditLine(prose)) return SegmentKind.Boilerplate;
        if (ProseShape.EndsWithAttribution(prose) || ProseShape.IsPullQuote(prose) || ProseShape.IsAttributedPullQuote(prose)) return SegmentKind.Blockquote;
        if (EndsWith(prose, ':') || EndsWith(prose, ',') || EndsWith(prose, ';')) return SegmentKind.Paragraph;
        if (ProseShape.IsLinkLine(prose) || ProseShape.EndsWithTitle(prose)) return SegmentKind.Boilerplate;
        if (!hasNext || IsNotice(following) || ProseShape.HasSentenceCue(prose)) return SegmentKind.Paragraph;
        if (words <= ShortLine || (words <= 2 * ShortLine && ProseShape.IsHeadingPhrase(prose))) return SegmentKind.Subhead;
        return SegmentKind.Paragraph;
    }

    /// <summary>
    /// Whether a short block is web page residue. Each residue pattern but one starts with one of a few letters; the
    /// one that can start anywhere holds "powered by" and is searched for only when the text does.
    /// </summary>
    private static bool IsResidue(ReadOnlySpan<char> text) =>
        (StartsWithAny(text, ResidueStarts) && Residue.IsMatch(text))
        || ((text.IndexOf("owered".AsSpan()) >= 0 || text.IndexOf("OWERED".AsSpan()) >= 0) && PoweredBy.IsMatch(text));

    /// <summary>An embedded post's attribution, an entry of a list of sources, a link to a document with its particulars.</summary>
    private static bool IsFurniture(ReadOnlySpan<char> text) =>
        ProseShape.IsEmbedAttribution(text) || ProseShape.IsCitation(text) || ProseShape.IsDocumentLink(text);

    /// <summary>Whether a block is the copyright line that ends an article.</summary>
    private static bool IsNotice(ReadOnlySpan<char> text) =>
        (StartsWithAny(text, CopyrightStarts) && Copyright.IsMatch(text))
        || (TextSearch.MayHoldRightsNotice(text) && TextShape.CountWords(text, 26) <= 25 && NoticeInside.IsMatch(text));

    /// <summary>
    /// Lists written without markers, found after the fact: in copy that sets paragraphs apart with blank lines
    /// (<paramref name="blankSeparated"/>), lines run together without a stop are the items of a list; anywhere, a
    /// run of two or more short lines without a stop, or such lines after one that ends with a colon, are too.
    /// </summary>
    private static void MarkLists(List<Segment> segments, List<LineShape> shapes, bool blankSeparated)
    {
        // An article that sets two or more short headings without a stop sets its longer ones that way too.
        var labels = 0;
        for (var i = 0; i < shapes.Count && labels < 2; i++)
        {
            if (shapes[i].Label) labels++;
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Kind == SegmentKind.Subhead && shapes[i].Label && blankSeparated && !shapes[i].StandsAlone)
            {
                // A short line that runs together with others where paragraphs stand apart is a list's item, not a heading.
                segments[i] = segment.With(SegmentKind.ListItem, segment.Index);
                continue;
            }

            if (segment.Kind != SegmentKind.Paragraph || segment.Map is not null) continue;
            var previous = Neighbour(i, -1);
            var following = Neighbour(i, 1);
            if (previous >= 0 && segments[previous].Kind == SegmentKind.Table && IsTableNote(segment.Text))
            {
                // "Note - 1985/86 estimates based on …" under a table belongs to it, however often it recurs.
                segments[i] = segment.With(SegmentKind.Table, segment.Index);
                continue;
            }

            if (shapes[i].Terminal) continue;
            var inGroup = blankSeparated && !shapes[i].StandsAlone;
            // After a colon: the items of a list, or the lines of a quoted poem, a stanza a paragraph.
            var afterColon = previous >= 0 && EndsWith(segments[previous].Text.TrimEnd(), ':')
                && (shapes[i].Words <= 2 * ShortLine || segment.FirstContentIndex() is var first && first >= 0 && segment[first] is not ('“' or '"'));
            var shortLine = shapes[i].Words <= 2 * ShortLine;
            if (shortLine && ((previous >= 0 && segments[previous].Kind == SegmentKind.Table) || (following >= 0 && segments[following].Kind == SegmentKind.Table)))
            {
                // "Period ended Feb 28", "Dividend payable June 12, record May 21": a line of the table it stands by.
                segments[i] = segment.With(SegmentKind.Table, segment.Index);
                continue;
            }

            var inRun = shortLine && ((previous >= 0 && IsShortOpenLine(previous)) || (following >= 0 && IsShortOpenLine(following)));
            if (inGroup || afterColon || inRun)
            {
                segments[i] = segment.With(SegmentKind.ListItem, segment.Index);
            }
            else if (labels >= 2 && shortLine && shapes[i].StandsAlone && following >= 0 && segments[following].Kind == SegmentKind.Paragraph && shapes[following].Terminal
                     && (previous < 0 || segments[previous].Kind != SegmentKind.Dateline))
            {
                segments[i] = segment.With(SegmentKind.Subhead, segment.Index);
            }
        }

        // The next segment that is not the dateline inside a paragraph, or -1.
        int Neighbour(int i, int step)
        {
            for (var k = i + step; k >= 0 && k < segments.Count; k += step)
            {
                if (segments[k].Kind != SegmentKind.Dateline) return k;
            }

            return -1;
        }

        // A line of the same list: a paragraph or a label of a few words without a stop (not a heading set as one).
        bool IsShortOpenLine(int k) =>
            (segments[k].Kind is SegmentKind.Paragraph or SegmentKind.ListItem || (segments[k].Kind == SegmentKind.Subhead && shapes[k].Label))
            && segments[k].Map is null && !shapes[k].Terminal && shapes[k].Words <= 2 * ShortLine;
    }

    /// <summary>"Note - …", "NOTE: …", "Source: …": a note that a table carries under it.</summary>
    private static bool IsTableNote(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        foreach (var word in TableNoteWords)
        {
            if (!text.StartsWith(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
            var rest = text.Slice(word.Length).TrimStart();
            return rest.Length > 0 && (rest[0] == ':' || TextShape.IsDash(rest[0]));
        }

        return false;
    }

    private static readonly string[] TableNoteWords = ["notes", "note", "sources", "source"];

    /// <summary>The wire's credit line after the story: "Reporting by …; Editing by …", "(Additional reporting by …)".</summary>
    private static bool IsCreditLine(ReadOnlySpan<char> text)
    {
        text = text.TrimStart('(');
        foreach (var lead in CreditLeads)
        {
            if (text.StartsWith(lead.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static readonly string[] CreditLeads = ["reporting by ", "additional reporting by ", "editing by ", "writing by ", "compiled by ", "edited by "];


    /// <summary>Words are counted up to one more than the largest threshold below; more never changes a decision.</summary>
    private const int CountWordsUpTo = 31;

    /// <summary>
    /// Set as a headline whatever its last mark: all capitals (the wire's "JAPAN CONSIDERING POLICY - SUMITA" looks like
    /// a dateline otherwise), or title case, or one short line that ends in a question or an exclamation, or in an
    /// abbreviation ("… in U.S."). A lede is a sentence of some length that ends with a period.
    /// </summary>
    private static bool IsHeadlineShaped(ReadOnlySpan<char> text, int words, bool terminal)
    {
        if (words == 0 || words > 30) return false;
        if (TextShape.IsAllUpper(text) || TextShape.IsTitleCase(text.ToString())) return true;
        if (!terminal || words > 20) return false;
        var end = text.TrimEnd(TextShape.Closers.AsSpan());
        if (EndsWith(end, '?') || EndsWith(end, '!')) return SentenceSplitter.Split(text.ToString()).Count == 1;
        var lastWord = end.Slice(end.LastIndexOf(' ') + 1);
        return lastWord.Length >= 4 && lastWord.Slice(0, lastWord.Length - 1).IndexOf('.') > 0;
    }

    private static bool IsByline(ReadOnlySpan<char> text, int words, bool terminal)
    {
        if (words > 16 || !StartsWithAny(text, BylineStarts) || !Byline.IsMatch(text)) return false;
        if (!terminal) return true;

        // "By Tuesday, the talks had collapsed." is a sentence; "By Jane Q. Doe, A.P." is a byline.
        var trimmed = text.TrimEnd(". ".AsSpan());
        var last = trimmed.Slice(trimmed.LastIndexOf(' ') + 1);
        return last.Length <= 3;
    }

    private static bool IsSubhead(RawBlock block, ReadOnlySpan<char> text, int words, bool terminal)
    {
        var plain = StripMarkers(text);
        if (EndsWith(plain, ':') || EndsWith(plain, ',') || EndsWith(plain, ';')) return false;
        if (terminal && !EndsWith(plain, '?')) return false;
        if (words is 0 or > 16) return false;
        if (TextShape.IsAllUpper(plain) || TextShape.IsTitleCase(plain.ToString())) return true;

        // A short sentence-case line standing alone between blank lines, or set in bold, is a heading (the markers
        // are read here in plain text; the Markdown reader drops them and says how a paragraph was emphasised).
        return words <= 5 && !terminal && (block.StandsAlone || IsBold(text));
    }

    /// <summary>
    /// Whether the text starts with one of <paramref name="first"/>: the anchored patterns here can match nothing else,
    /// and a look at one character spares a call into the expression (which both workers would contend for).
    /// </summary>
    private static bool StartsWithAny(ReadOnlySpan<char> text, string first) => text.Length > 0 && first.IndexOf(text[0]) >= 0;

    /// <summary>A note set wholly in one pair of brackets: "(Photo: …)", "[Links lead to pages in Portuguese]" (without a stop).</summary>
    private static bool IsBracketed(ReadOnlySpan<char> text) =>
        text[0] == '(' ? text[text.Length - 1] == ')' : text[text.Length - 1] == ']' && text.Slice(1).IndexOf('[') < 0;

    private static bool EndsWith(ReadOnlySpan<char> text, char last) => text.Length > 0 && text[text.Length - 1] == last;

    private static bool IsBold(ReadOnlySpan<char> text) =>
        text.Length > 4 && (text.StartsWith("**".AsSpan()) || text.StartsWith("__".AsSpan()));

    private const string Markers = "*_ #";

    private static ReadOnlySpan<char> StripMarkers(ReadOnlySpan<char> text) => text.Trim(Markers.AsSpan());

    private enum Zone
    {
        Header,
        Body,
        Tail,
    }
}

using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// What published copy holds besides prose, told by its shape: table rows and aligned columns, photo credits, the
/// attribution line of an embedded social post, the source of a pull quote, a list of sources, and the agency's
/// sign-off after the last sentence. The classifier gives such blocks their own kinds, so that no check reads a row of
/// figures or a credit as a paragraph that lost its period.
/// </summary>
internal static partial class ProseShape
{
    // Columns set apart by runs of spaces or a tab: "Malaysia           0", "Imports     Nil     Nil".
    private const string AlignedColumnsPattern = @"(?<=\S)(?: {3,}|\t[ \t]*)(?=\S)";

    [GeneratedRegex(AlignedColumnsPattern, RegexOptions.CultureInvariant)]
    private static partial Regex AlignedColumns { get; }

    // A comparison of figures, as wire earnings tables and results tables set them: "Net 25.0 mln vs 20.2 mln".
    private const string VersusPattern = @"\s(?:vs\.?|v\.?|versus|against)\s";

    [GeneratedRegex(VersusPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Versus { get; }

    // A credit at the end of a caption: "(AP Photo/Dmytro Savchuk)", "Thaer Mohammad/AFP/Getty Images",
    // "Image: NASA", "Photo by Jane Doe", "Courtesy of the museum", and a photographer and outlet of any name after the
    // caption's last sentence: "… on Main Street. Ellen Park/County Ledger".
    private const string CreditPattern =
        @"(?:\((?:[^()]*\b(?:Photo|Photograph|Photos|Pool|Image|Images|Video|Illustration|[Cc]opyright|[Rr]eprinted|[Cc]ourtesy)\b[^()]*|(?:AP|AFP|Reuters|EPA|Getty)[^()]*)\)[""”’]?"
        + @"|(?<=\p{L})/(?:AFP|AP|EPA(?:-EFE)?|Getty(?: Images)?|Reuters|Bloomberg|Shutterstock|iStock(?:photo)?|Pool|ZUMA(?: Press| Wire)?|Sipa(?: USA| Press)?|NurPhoto|Alamy|SOPA Images|LightRocket|Anadolu(?: Agency)?|Xinhua|dpa|Corbis|WireImage|FilmMagic|TNS|MCT|UPI|Newscom|Flickr|Wikimedia Commons|NASA)\b[\p{L}/ .]*"
        + @"|(?:^|[\s.(])(?i:image|images|photo|photos|photograph|picture|credit|illustration|graphic|video|source|courtesy)(?i: by| credit| courtesy of| courtesy)?\s*:\s*\p{Lu}[^:!?]{0,60}"
        + @"|\b(?:Photo|Photograph|Image|Video|Illustration)s? (?:by|courtesy of|credit) \p{Lu}[^.!?:]{0,60}"
        + @"|[.!?][""”’]?\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2}/\p{Lu}[\p{L}'’&\- ]{1,40}(?:/\p{Lu}[\p{L}'’&\- ]{1,40})?)\.?\)?$";

    [GeneratedRegex(CreditPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Credit { get; }

    // The attribution line of an embedded post: "— 9to5Mac.com (@9to5mac) November 4, 2019", "A post shared by …".
    private const string EmbedPattern =
        @"(?:^[—–―-]{1,2}\s*[^()\r\n]{1,80}\(@\w{1,30}\)\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}$|^A post shared by\b)";

    [GeneratedRegex(EmbedPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex Embed { get; }

    /// <summary>The characters a match of <see cref="Embed"/> can start with (a test reads them off the pattern).</summary>
    internal const string EmbedStarts = "—–―-A";

    // A quotation and its source after a dash, as pull quotes and epigraphs are set: "… be free.” — Neil Gaiman"; a
    // name alone after the last sentence: "… she was suppressive. Valeska Paris"; the authors or the source after a
    // title ("Ten Tools for Editors — Jane Doe, John Roe", "… —via Performance.gov").
    private const string AttributionPattern =
        @"[.!?…,][""”’']?\s*(?:[—–―]|--?)\s*\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|de|van|von|al|bin|da|del|la|le)){0,5}(?:,\s*[^,.!?]{1,60})?$|[”""]\s*(?:[—–―]|--?)\s*\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,5}(?:,\s*[^,.!?]{1,60})?$"
        + @"|[.!?…][""”’]?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3}$"
        + @"|\s[—–―]\s*(?:via\s+\S+|\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,2}(?:,\s*(?:and\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,2})*)$";

    [GeneratedRegex(AttributionPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Attribution { get; }

    // An entry of a list of sources: "“Document found on street” — The Canadian Press, August 15, 2008".
    private const string CitationPattern =
        @"[""”]\s*(?:[—–―]|--?)\s*[^""“”\r\n]{2,80},\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?,?\s+\d{4})$";

    [GeneratedRegex(CitationPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Citation { get; }

    // The agency's sign-off after the last sentence, on the same line: "… a year ago. REUTER", "… into the US. PTI"
    // ("REUTER^M" as the Reuters-21578 files keep it); likewise the hashtags a post ends with ("… mine alone. #ad").
    private const string SignOffPattern =
        @"(?:(?<=[.!?…][”""’')\]]?)(?:[ \t]+(?:Reuters?|\(?(?:AP|AFP|PTI|IANS|ANI|UPI|DPA|dpa|EFE|ANSA|TASS|Xinhua|XINHUA|KYODO|Kyodo|CP|CNA|WAM|SPA|APA|BNS|PAP|CTK|MTI)\)?|[—–-]{1,2}\s*(?:AP|AFP|Reuters|PTI|IANS))|(?:[ \t]+#\w+)+)|[ \t]+REUTERS?)(?:\^M)?\s*$";

    [GeneratedRegex(SignOffPattern, RegexOptions.CultureInvariant)]
    private static partial Regex SignOff { get; }

    // Headings as web copy writes them: "How to keep a business focus", "Why Delhi's air gets so bad", "The Plan
    // Stage: Think and dream", "Coming next: how to make it work". ("When" and "Where" start sentences too often.)
    private const string HeadingPhrasePattern =
        @"^(?:(?:How|Why|What)\b(?![’']s\b)(?!\s+(?:did|do|does|is|are|was|were|can|could|will|would|should|has|have|had|may|might|must)\b)[^.!?]*|(?:\p{Lu}[\p{L}\-’']*)(?:\s+[\p{L}\-’']+){0,3}:\s+\S(?:[^.!?:]|(?<=\d)\.(?=\d))*)$";

    [GeneratedRegex(HeadingPhrasePattern, RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPhrase { get; }

    /// <summary>
    /// Whether a line without a stop reads as a heading: a question word leading a phrase ("How to …", not a question
    /// that lost its mark, "How did you …"), or a short label and a colon.
    /// </summary>
    public static bool IsHeadingPhrase(ReadOnlySpan<char> text) => HeadingPhrase.IsMatch(text);

    // Verbs that report speech: a line that has one is a sentence ("“We will rebuild,” the mayor said").
    private const string ReportingVerbPattern = @"\b(?:said|says|told|tells|added|adds|asked|asks|stated|wrote|explained|noted)\b";

    [GeneratedRegex(ReportingVerbPattern, RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerb { get; }

    /// <summary>
    /// Whether a short line without a stop still reads as a sentence that lost it, not as a heading or a label: it has
    /// what headings seldom hold and sentences often do, a clause set off by a comma, a quotation or a reporting verb.
    /// </summary>
    public static bool HasSentenceCue(ReadOnlySpan<char> text) => text.IndexOfAny(',', '“', '”') >= 0 || text.IndexOf('"') >= 0 || ReportingVerb.IsMatch(text);

    // A link to a document with its particulars, as government sites write them: "Guidance memo (PDF, 195 KB, 5 pages)".
    private const string DocumentLinkPattern = @"\((?:PDF|DOCX?|XLSX?|PPTX?|CSV|TXT|ZIP|EPUB)\b[^()]*\)$";

    [GeneratedRegex(DocumentLinkPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DocumentLink { get; }

    /// <summary>Whether the block ends with a document's particulars in brackets (a download link, not a sentence).</summary>
    public static bool IsDocumentLink(ReadOnlySpan<char> text) => text.Length > 0 && text[text.Length - 1] == ')' && DocumentLink.IsMatch(text);

    /// <summary>A quotation standing alone as a paragraph, with no stop inside its closing mark: a pull quote.</summary>
    public static bool IsPullQuote(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] is not ('“' or '"') || text[text.Length - 1] is not ('”' or '"')) return false;
        var inner = text.Slice(1, text.Length - 2);
        return inner.IndexOfAny('“', '”') < 0 && inner.IndexOf('"') < 0 && !TextShape.EndsWithTerminal(inner);
    }

    /// <summary>Items set apart by bars, as menus and link lines are ("Safety Goals | Alarm Management | Top 10").</summary>
    public static bool IsLinkLine(ReadOnlySpan<char> text) => text.IndexOf('|') > 0;

    /// <summary>
    /// A line that ends with a title after a colon ("If you missed it: Why Some People Triumph Online"): a pointer to
    /// another article, not a sentence that lost its stop.
    /// </summary>
    public static bool EndsWithTitle(ReadOnlySpan<char> text)
    {
        var colon = text.LastIndexOf(": ".AsSpan());
        return colon > 0 && TextShape.IsTitleCase(text.Slice(colon + 2).ToString()) && TextShape.CountWords(text.Slice(colon + 2), 4) >= 3;
    }

    // A formula set on a line of its own: "(Sessions per state / State population) x 100,000", "Score = 3 × 4".
    private const string FormulaPattern = @"[)\d]\s*[x×*/÷=+]\s*[(\d]";

    [GeneratedRegex(FormulaPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Formula { get; }

    /// <summary>
    /// A quotation standing as its own paragraph with its source and the source's title after it, and no stop:
    /// "“…” Anonymous blogger, “Anon declares war”". "“A direct threat,” Lavrov stressed" is a sentence that lost its
    /// stop: a source cites a title in quotation marks and reports no speech.
    /// </summary>
    public static bool IsAttributedPullQuote(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] is not ('“' or '"') || text[text.Length - 1] is not ('”' or '"')) return false;
        var close = text.Slice(1).IndexOfAny('”', '"');
        if (close < 0) return false;
        var rest = text.Slice(close + 2).Trim();
        var title = rest.IndexOfAny('“', '"');
        return title > 0 && char.IsUpper(rest[0]) && rest.Slice(0, title).TrimEnd().EndsWith(",".AsSpan())
            && TextShape.CountWords(rest, 13) <= 12 && !ReportingVerb.IsMatch(rest);
    }

    /// <summary>
    /// A row of a table: columns set apart by runs of spaces, or a short line of figures with no sentence end
    /// ("Shr 25 cts vs 20 cts", "Avg shrs 3,086,386 vs 2,465,996", "Arsenal 2 Chelsea 1").
    /// </summary>
    public static bool IsTableRow(ReadOnlySpan<char> text, int words, bool terminal)
    {
        // A sentence with a gap in it is a typing slip, not a table: columns need a row without a stop, or two gaps.
        if (text.IndexOf("   ".AsSpan()) >= 0 || text.IndexOf('\t') >= 0)
        {
            var gaps = AlignedColumns.Matches(text.ToString()).Count;
            if (gaps >= 2 || (gaps == 1 && !terminal)) return true;
        }

        if (terminal || words > 15) return false;
        if (FiguresOf(text) is var figures && figures >= 2 && figures * 3 >= words) return true;
        if (figures >= 1 && Formula.IsMatch(text)) return true;
        return (figures >= 1 || HasSpelledNumber(text)) && Versus.IsMatch(text);
    }

    /// <summary>Whether the block ends with a photo credit.</summary>
    public static bool EndsWithCredit(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return false;

        // Every credit holds one of a few marks near the end: the bracket that opens a closing bracketed credit, a
        // slash after a name, a colon after "Photo", a capitalised "Photo by". The expression reads from the first
        // of them that is there, from the start of its word; a paragraph of prose has none and is settled without it.
        var near = Tail(text, CreditLength);
        if (near.IsEmpty) return false;
        var from = int.MaxValue;
        var last = near[near.Length - 1];
        if (last == ')' || (near.Length > 1 && near[near.Length - 2] == ')' && last is '"' or '”' or '’'))
            from = near.LastIndexOf('(') is var open and >= 0 ? open : from;
        for (var i = near.IndexOf('/'); i >= 0; i = near.Slice(i + 1).IndexOf('/') is var n and >= 0 ? i + 1 + n : -1)
        {
            if (i == 0 || !char.IsLetter(near[i - 1])) continue;
            from = Math.Min(from, i - 1);

            // A photographer's name before the slash, after the caption's last sentence: read from that sentence's end.
            var end = near.Slice(0, i).LastIndexOfAny(SentenceEnds);
            if (end >= 0 && i - end <= 60) from = Math.Min(from, end);
            break;
        }

        var colon = near.LastIndexOf(':');
        if (colon > 0 && near.Length - colon <= 70 && near.Slice(colon + 1).TrimStart() is { Length: > 0 } after && char.IsUpper(after[0]))
            from = Math.Min(from, Math.Max(0, colon - 30));
        foreach (var name in CreditNames)
        {
            if (near.IndexOf(name.AsSpan(), StringComparison.Ordinal) is var at and >= 0) from = Math.Min(from, at);
        }

        if (from == int.MaxValue) return false;
        while (from > 0 && !char.IsWhiteSpace(near[from - 1])) from--;
        return Credit.IsMatch(near.Slice(from));
    }

    private const string SentenceEnds = ".!?";

    /// <summary>The words that open a credit written out ("Photo by …", "Image courtesy of …").</summary>
    private static readonly string[] CreditNames = ["Photo", "Image", "Video", "Illustration"];

    /// <summary>Whether the block is the attribution line of an embedded social post.</summary>
    public static bool IsEmbedAttribution(ReadOnlySpan<char> text) => text.Length > 0 && EmbedStarts.IndexOf(text[0]) >= 0 && Embed.IsMatch(text);

    /// <summary>Whether the block ends with a quotation's source after a dash (a pull quote or an epigraph).</summary>
    public static bool EndsWithAttribution(ReadOnlySpan<char> text) => Attribution.IsMatch(Tail(text));

    /// <summary>Whether the block is an entry in a list of sources.</summary>
    public static bool IsCitation(ReadOnlySpan<char> text) => text.Length > 0 && char.IsDigit(text[text.Length - 1]) && Citation.IsMatch(Tail(text));

    /// <summary>Where a sign-off after the last sentence starts (its white space included), or -1.</summary>
    public static int SignOffStart(ReadOnlySpan<char> text)
    {
        // A sign-off's last word is an agency's name or code, in capitals or brackets, or a hashtag: the expression
        // reads from the white space before it (and before a dash or the hashtags ahead of it), not the whole block.
        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith("^M".AsSpan())) trimmed = trimmed.Slice(0, trimmed.Length - 2);
        var start = trimmed.LastIndexOfAny(' ', '\t') + 1;
        var last = trimmed.Slice(start);
        if (last.Length < 2 || !(last[0] == '#' || IsAgencyWord(last.Trim("()".AsSpan())))) return -1;
        var from = start;
        if (last[0] == '#')
        {
            // The hashtags a post ends with, all of them.
            while (from > 0 && text.Slice(0, from).TrimEnd() is var before && before.LastIndexOfAny(' ', '\t') + 1 is var word
                   && word < before.Length && before[word] == '#')
                from = word;
        }

        while (from > 0 && text[from - 1] is ' ' or '\t') from--;
        if (from > 0 && TextShape.IsDash(text[from - 1]))
        {
            while (from > 0 && TextShape.IsDash(text[from - 1])) from--;
            while (from > 0 && char.IsWhiteSpace(text[from - 1])) from--;
        }

        return SignOff.FirstMatchIndex(text, from);
    }

    /// <summary>A word that can end a sign-off: a code in capitals ("PTI", "REUTER") or an agency that writes its name otherwise.</summary>
    private static bool IsAgencyWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        var capitals = true;
        foreach (var c in word) capitals &= c is >= 'A' and <= 'Z';
        return capitals || word.SequenceEqual("Reuters".AsSpan()) || word.SequenceEqual("Reuter".AsSpan()) || word.SequenceEqual("Xinhua".AsSpan())
            || word.SequenceEqual("Kyodo".AsSpan()) || word.SequenceEqual("dpa".AsSpan());
    }

    /// <summary>The characters the patterns anchored at the end of a block read: they never reach further back.</summary>
    private const int TailLength = 200;

    /// <summary>The end of a caption that holds its credit: a credit is a name or two and an agency.</summary>
    private const int CreditLength = 120;

    /// <summary>
    /// The end of a block that the end-anchored patterns read, from a word boundary: a search for what ends a block
    /// costs the same for a long paragraph as for a short one.
    /// </summary>
    private static ReadOnlySpan<char> Tail(ReadOnlySpan<char> text, int length = TailLength)
    {
        if (text.Length <= length) return text;
        var from = text.Length - length;
        while (from < text.Length && !char.IsWhiteSpace(text[from - 1])) from++;

        // No word boundary in reach (a long link, text without spaces): the last characters as they are.
        return from < text.Length ? text.Slice(from) : text.Slice(text.Length - length);
    }

    /// <summary>Words that hold a digit.</summary>
    private static int FiguresOf(ReadOnlySpan<char> text)
    {
        var figures = 0;
        var inWord = false;
        var digit = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && digit) figures++;
                inWord = digit = false;
                continue;
            }

            inWord = true;
            digit |= char.IsDigit(c);
        }

        return inWord && digit ? figures + 1 : figures;
    }

    private static readonly string[] Numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "nil"];

    private static bool HasSpelledNumber(ReadOnlySpan<char> text)
    {
        // Word by word: a search for each number through the whole line costs eleven passes.
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            var word = text.Slice(i, end - i);
            if (word.Length is >= 3 and <= 5)
            {
                foreach (var number in Numbers)
                {
                    if (word.Equals(number.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
                }
            }

            i = end;
        }

        return false;
    }
}

using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// Finds sentences that run into the next one without a stop ("the talks went well The two sides agreed").
/// A capital after a lower-case word is usually a name, so only two strong cues count: the next word is a
/// closed-class sentence opener (The, He, Some, After…) followed by a lower-case word, which rules out titles
/// such as "The Hague" or "In Cold Blood"; or it is a name followed by a reporting verb ("countries Rubio said"),
/// unless the words before it introduce a name (a preposition, a role such as "spokesman", a speech verb as in
/// "told reporters Biden was").
/// </summary>
internal static partial class MissingStops
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "You", "Let", "His", "Her", "Their", "Its", "Our", "My", "Your", "This",
        "These", "Those", "There", "Here", "But", "Yet", "However", "Meanwhile", "Still", "Instead", "Also", "Now",
        "Then", "Some", "Many", "Most", "Several", "Both", "Each", "Every", "Nobody", "No", "None", "Only", "Even",
        "Asked", "Among", "Under", "After", "Before", "When", "While", "If", "Although", "Though", "Since", "Despite",
        "During", "According", "In", "On", "At", "As", "For", "With", "From", "What", "Where", "Why", "How", "Who",
        "Which", "Dozens", "Hundreds", "Thousands", "Millions", "Much", "Such", "Other", "Others", "Another", "Two",
        "One", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Earlier", "Later", "Today", "Yesterday",
        "Once", "Until", "Unlike", "Without", "Across", "Around", "Against", "Between", "Within", "Otherwise",
        "Nevertheless", "Moreover", "Furthermore", "Indeed", "Perhaps", "Overall", "Nearly", "Almost", "Few",
        "Everyone", "Everything", "Someone", "Something", "Anyone", "Nothing", "All", "Any", "Never", "Always", "Often",
        "Sometimes", "Soon", "Already", "Residents", "Officials", "Authorities", "Experts", "Analysts", "Critics",
        "Supporters", "Families", "Parents", "Volunteers", "Organizers", "Organisers", "Workers", "Students",
        "Teachers", "Doctors", "Patients", "Witnesses", "Investigators", "Prosecutors", "Lawmakers", "Voters",
        "Protesters", "Soldiers", "Troops", "Farmers", "Fans", "Researchers", "Scientists", "Economists", "Opponents",
        "Neighbors", "Neighbours", "Shoppers", "Drivers", "Passengers", "Visitors", "Survivors", "Relatives", "Children",
        "Players", "Coaches", "Members", "Leaders", "Ministers", "Officers", "Activists", "Employees", "Users",
        "Customers", "Consumers", "Tenants", "Landlords", "Owners", "Investors", "Traders", "Pupils", "Women", "Men",
        "People", "Both", "Diplomats", "Negotiators", "Rescuers", "Firefighters", "Medics", "Nurses", "Locals",
    };

    // Verbs of saying only: after an auxiliary ("the moment Shalev is", "little chance Japan could") a name is far more
    // often the subject of a clause than the start of a sentence.
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "told", "denies", "denied", "warned", "warns", "argues", "argued", "insisted",
        "noted", "reported", "announced", "confirmed", "declined", "refused", "acknowledged", "urged",
    };

    // Words after which a capitalised word is the start of a name or title, not of a sentence.
    private static readonly HashSet<string> IntroducesName = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "at", "for", "from", "with", "by", "and", "or", "nor", "as", "than", "on",
        "into", "onto", "via", "per", "about", "like", "near", "between", "among", "against", "toward", "towards",
        "that", "whom", "whose", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "de", "van",
        "von", "al", "el", "la", "le", "bin", "ibn", "mr", "mrs", "ms", "dr", "st", "mount", "saint",
        "titled", "called", "named", "dubbed", "nicknamed", "film", "movie", "book", "song", "album", "novel", "show",
        "series", "play", "magazine", "newspaper", "paper", "campaign", "slogan", "hashtag", "headline", "word", "phrase",
        "term", "program", "programme", "app", "game", "brand", "motto", "website", "column", "podcast", "exhibition",
        "documentary", "painting", "poem", "opera", "musical", "memoir", "grade", "group", "class", "type", "vitamin",
        "plan", "option", "category", "part", "section", "tier", "level", "division", "league", "gate", "terminal",
        "route", "row", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president", "leader",
        "chief", "adviser", "advisor", "envoy", "director", "official", "analyst", "correspondent", "reporter",
        "governor", "mayor", "senator", "chairman", "chairwoman", "judge", "general", "commander", "colleague",
        "counterpart", "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "friend", "coach",
        "teammate", "striker", "captain", "manager", "owner", "founder", "partner", "rival", "champion", "player",
        "actor", "actress", "singer", "rapper", "author", "writer", "artist", "company", "firm", "giant", "maker",
        "broadcaster", "agency", "network", "club", "team", "party", "rep", "sen", "gov", "lt", "col", "sgt", "capt",
        "advocate", "member", "resident", "activist", "lawyer", "attorney", "economist", "expert", "researcher",
        "scientist", "professor", "doctor", "nurse", "officer", "commissioner", "representative", "delegate",
        "diplomat", "ambassador", "negotiator", "candidate", "lawmaker", "legislator", "trustee", "superintendent",
        "principal", "pastor", "priest", "bishop", "rabbi", "imam", "editor", "producer", "executive", "ceo",
        "midfielder", "defender", "goalkeeper", "forward", "guard", "quarterback", "pitcher", "winger", "boxer",
    };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "where", "when", "while", "if", "so", "because", "since", "although", "though", "unless", "until", "whether",
        "after", "before", "once", "but", "yet", "which", "who", "whereas", "how", "why", "what", "than", "then",
    };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tell", "tells", "believe", "believes", "believed", "think", "thinks", "thought",
        "argue", "argued", "argues", "insist", "insisted", "insists", "claim", "claimed", "claims", "warn", "warned",
        "warns", "note", "noted", "notes", "add", "added", "adds", "explain", "explained", "know", "knows", "knew",
        "hope", "hoped", "hopes", "fear", "feared", "fears", "suggest", "suggested", "suggests", "acknowledged", "admit",
        "admitted", "announced", "assured", "promised", "expect", "expected", "expects", "showed", "shows", "revealed",
        "found", "finds", "meant", "means", "ensure", "ensured", "decided", "agreed", "realized", "realised", "learned",
        "learnt", "feel", "feels", "felt", "reported", "confirmed", "stressed", "emphasized", "emphasised", "stated",
        "wrote", "writes", "predicted", "concluded", "asked", "reminded", "assumed", "heard", "saw", "see", "sees",
    };

    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private const string DivinePattern = @"\b(?:God|Lord|Jesus|Christ|Father|Allah|Spirit|Messiah)\b";

    [GeneratedRegex(DivinePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Divine { get; }

    /// <summary>A word's offsets in the content; its text is made only for the few pairs that could be a boundary.</summary>
    private readonly record struct Token(int Start, int End)
    {
        public static readonly Token None = new(-1, -1);

        public bool Exists => Start >= 0;
    }

    /// <summary>The spans of the last words of sentences that run on without a stop, in <paramref name="segment"/>.</summary>
    public static IReadOnlyList<TextSpan> Find(Segment segment)
    {
        // A boundary needs a word that starts with a capital: the search jumps from one such word to the next (a
        // vectorised scan on .NET 8 and later), finds the word before it by reading back, and reads the words after it
        // only for the rare pair that passes the cheap test. Nothing is stored per word.
        var content = segment.Text;
        List<TextSpan>? found = null;
        for (var p = NextCapital(content, 1); p >= 0; p = NextCapital(content, p + 1))
        {
            if (!char.IsWhiteSpace(content[p - 1])) continue;
            var x = TokenBefore(content, p);
            if (!x.Exists) continue;
            var y = NextToken(content, p);

            // Cheap test first: a boundary needs a capital after a word ending in a letter, digit, % or closing mark.
            var lastOfX = content[x.End - 1];
            if (!char.IsLetterOrDigit(lastOfX) && lastOfX is not ('%' or '”' or '’' or '"' or '\'' or ')' or ']')) continue;
            var z = NextToken(content, y.End);
            if (!z.Exists) break;

            // The next word must read as one capitalised word ("The", "Rubio's"): checked in place before any text is cut.
            if (!RestIsLower(content, y.Start + 1, y.End)) continue;
            if (!EndsSentenceCandidate(TextOf(content, x), out var xCore, out var xCapitalised)) continue;
            var yCore = StripContraction(TextOf(content, y));
            if (yCore.Length == 0 || !char.IsUpper(yCore[0]) || !RestIsLower(yCore)) continue;

            if (Openers.Contains(yCore) && !(xCapitalised && yCore is "A" or "An" or "It"))
            {
                if (IntroducesName.Contains(xCore)) continue;

                // Religious copy capitalises pronouns for God: "God promised He will return".
                if (yCore is "He" or "His" && Divine.IsMatch(content.Slice(0, y.Start))) continue;
                if (!StartsLower(TextOf(content, z)) && !(yCore == "The" && (NameThenVerb(content, z) || AdjectiveThenNoun(content, z, xCore)))) continue;
                (found ??= []).Add(segment.SourceSpan(x.Start, x.End));
                continue;
            }

            // A one-word name and then a reporting verb: "in their countries Rubio said". Longer names are usually
            // appositives ("Transit advocate Leah Moreno said"); after a participle the name is an object
            // ("trucks entering Gaza has risen").
            if (yCore.Length < 2 || !ReportingVerbs.Contains(TextOf(content, z))) continue;
            if (xCapitalised || IntroducesName.Contains(xCore) || Conjunctions.Contains(xCore) || Calendar.Contains(yCore)) continue;
            if (xCore.EndsWith("ing", StringComparison.Ordinal) || xCore.EndsWith("ed", StringComparison.Ordinal)) continue;
            var before1 = TokenBefore(content, x.Start);
            var before2 = before1.Exists ? TokenBefore(content, before1.Start) : Token.None;
            if (IsSpeechVerb(content, before2) || IsSpeechVerb(content, before1) || IsSpeechVerb(content, x)) continue;
            (found ??= []).Add(segment.SourceSpan(x.Start, x.End));
        }

        return found ?? (IReadOnlyList<TextSpan>)[];
    }

    /// <summary>The index of the first capital letter at or after <paramref name="from"/>, or -1.</summary>
    private static int NextCapital(ReadOnlySpan<char> content, int from)
    {
        while ((from = TextSearch.NextCapitalCandidate(content, from)) >= 0)
        {
            if (char.IsUpper(content[from])) return from;
            from++;
        }

        return -1;
    }

    private static bool RestIsLower(string word) => RestIsLower(word, 1, word.Length);

    private static bool RestIsLower(ReadOnlySpan<char> text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsLower(text[i]) && text[i] is not ('-' or '’' or '\'')) return false;
        }

        return true;
    }

    private static bool IsSpeechVerb(ReadOnlySpan<char> content, Token token) => token.Exists && SpeechVerbs.Contains(Trim(TextOf(content, token)));

    /// <summary>
    /// A word that could end a sentence, with no punctuation after it. <paramref name="capitalised"/> is set for a
    /// capitalised word other than a month or weekday: such a word only counts before a sentence opener.
    /// </summary>
    private static bool EndsSentenceCandidate(string token, out string core, out bool capitalised)
    {
        core = Trim(token);
        capitalised = false;
        if (core.Length == 0 || core.Length != token.TrimEnd(Closers).Length) return false;
        var last = core[core.Length - 1];
        if (!char.IsLetterOrDigit(last) && last != '%') return false;
        var first = core[0];
        if (char.IsLower(first) || char.IsDigit(first) || Calendar.Contains(core)) return true;
        capitalised = char.IsUpper(first) && core.Length > 1;
        return capitalised;
    }

    /// <summary>
    /// "in their countries The Ukrainian delegate said": "The", one capitalised word, a lower-case noun, after a plain
    /// word. After a preposition, a speech verb or a conjunction it is a title ("visited The Hague", "told The Times").
    /// </summary>
    private static bool AdjectiveThenNoun(ReadOnlySpan<char> content, Token third, string xCore)
    {
        if (xCore.Any(char.IsDigit) || SpeechVerbs.Contains(xCore) || Conjunctions.Contains(xCore)) return false;
        var fourth = NextToken(content, third.End);
        return fourth.Exists && IsCapitalisedWord(TextOf(content, third)) && StartsLower(TextOf(content, fourth))
            && Trim(TextOf(content, fourth)) is not ("of" or "and" or "on" or "in" or "at");
    }

    /// <summary>"The Iowa Farm Bureau said": capitalised words from <paramref name="first"/> on and then a reporting verb.</summary>
    private static bool NameThenVerb(ReadOnlySpan<char> content, Token first)
    {
        var k = 0;
        var token = first;
        while (token.Exists && k < 4 && IsCapitalisedWord(TextOf(content, token)))
        {
            token = NextToken(content, token.End);
            k++;
        }

        return k > 0 && token.Exists && ReportingVerbs.Contains(TextOf(content, token));
    }

    private static string TextOf(ReadOnlySpan<char> content, Token token) => content.Slice(token.Start, token.End - token.Start).ToString();

    private static readonly char[] Closers = ['”', '’', '"', '\'', ')', ']'];

    private static readonly char[] Marks = ['“', '”', '"', '‘', '’', '\'', '(', ')', '[', ']', '*', '_'];

    private static string Trim(string token) => token.Trim(Marks);

    private static readonly string[] Contractions = ["’s", "'s", "’re", "'re", "’ll", "'ll", "’ve", "'ve", "’d", "'d"];

    private static string StripContraction(string token)
    {
        foreach (var suffix in Contractions)
        {
            if (token.EndsWith(suffix, StringComparison.Ordinal)) return token.Substring(0, token.Length - suffix.Length);
        }

        return token;
    }

    private static bool StartsLower(string token)
    {
        var t = Trim(token);
        return t.Length > 0 && (char.IsLower(t[0]) || char.IsDigit(t[0]) || t == "I" || t.StartsWith("I’", StringComparison.Ordinal) || t.StartsWith("I'", StringComparison.Ordinal));
    }

    private static bool IsCapitalisedWord(string token) => token.Length > 1 && char.IsUpper(token[0]) && token.Skip(1).All(char.IsLetter);

    /// <summary>The last word that ends before <paramref name="end"/>, or <see cref="Token.None"/>.</summary>
    private static Token TokenBefore(ReadOnlySpan<char> content, int end)
    {
        var i = end;
        while (i > 0 && char.IsWhiteSpace(content[i - 1])) i--;
        var tokenEnd = i;
        while (i > 0 && !char.IsWhiteSpace(content[i - 1])) i--;
        return tokenEnd > i ? new Token(i, tokenEnd) : Token.None;
    }

    /// <summary>The first word (run of characters other than white space) at or after <paramref name="from"/>.</summary>
    private static Token NextToken(ReadOnlySpan<char> content, int from)
    {
        var i = from;
        while (i < content.Length && char.IsWhiteSpace(content[i])) i++;
        var start = i;
        while (i < content.Length && !char.IsWhiteSpace(content[i])) i++;
        return i > start ? new Token(start, i) : Token.None;
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Checks;
using Lint.Text;

namespace Lint.Core.Tests;

/// <summary>
/// <see cref="Pattern"/> and <see cref="Segment.Matches(Pattern)"/>: matches in content indices and source spans, the
/// same whichever way the expression is run; the prefilters written by hand for built-in expressions admit every text
/// the expression matches (read off the expressions themselves, so that changing one without the other fails here);
/// and the searches of <see cref="TextSearch"/> find what a plain loop finds.
/// </summary>
public sealed class PatternTests
{
    private const string Markdown = "# Council Approves Budget\n\nThe **council** approved [the budget](https://example.com/b) on `Tuesday`, and the council met again.\n\nBudget talks resume; *the council* said the budget holds.\n";

    [Theory]
    [InlineData(@"\bcouncil\b", RegexOptions.None)] // no groups: read by bounds alone
    [InlineData(@"\b(?<word>[Cc]ouncil)\b( met)?", RegexOptions.None)] // groups: read from match objects
    [InlineData(@"^The|budget$|\bbudget\b", RegexOptions.IgnoreCase)]
    [InlineData(@"(?<=the )budget", RegexOptions.None)]
    [InlineData(@"x*", RegexOptions.None)] // empty matches
    public void Matches_are_in_content_indices_and_source_spans(string expression, RegexOptions options)
    {
        var article = ArticleParser.Parse(new SourceText(Markdown), ArticleFormat.Markdown);
        var regex = new Regex(expression, options | RegexOptions.CultureInvariant);
        var pattern = Pattern.From(regex);
        foreach (var segment in article.Segments)
        {
            // The expression run over a copy of the content, its indices taken to the source by the segment's map.
            var expected = new List<(int Index, int Length, TextSpan Span, string Value, string Group1)>();
            for (var m = regex.Match(segment.Content); m.Success; m = m.NextMatch())
                expected.Add((m.Index, m.Length, segment.SourceSpan(m.Index, m.Index + m.Length), m.Value, m.Groups[1].Success ? m.Groups[1].Value : "-"));

            var actual = new List<(int Index, int Length, TextSpan Span, string Value, string Group1)>();
            foreach (var match in segment.Matches(pattern))
            {
                Assert.Equal(match.Value, segment.Content.Substring(match.Index, match.Length));
                Assert.Equal(match.Value, match.Text.ToString());
                Assert.Equal(match.Span, match.Group(0).Span);
                var group = match.Group(1);
                actual.Add((match.Index, match.Length, match.Span, match.Value, group.Success ? group.Value : "-"));
            }

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void A_group_lies_where_its_text_is_in_the_source()
    {
        var article = ArticleParser.Parse(new SourceText(Markdown), ArticleFormat.Markdown);
        var paragraph = article.Segments.First(s => s.Kind == SegmentKind.Paragraph);
        var match = Assert.Single(ToList(paragraph.Matches(Pattern.From(new Regex(@"approved (?<what>the budget) on (?<day>\S+),")))));
        Assert.Equal("the budget", article.Source[match.Group("what").Span]);
        Assert.Equal("`Tuesday`", article.Source[match.Group("day").Span]); // a code span is one placeholder in the content
        Assert.False(match.Group("missing").Success);
        Assert.Equal(string.Empty, match.Group("missing").Value);
    }

    [Fact]
    public void A_segment_the_prefilter_rules_out_is_not_matched()
    {
        var pattern = Pattern.From(new Regex(@"\bbudget cuts\b|\bschool board\b"));
        Assert.Equal(["budget cuts", "school board"], pattern.Literals);
        Assert.False(pattern.MightMatch("The council approved the budget."));
        Assert.True(pattern.MightMatch("Budget cuts, not budget cuts."));

        var never = Pattern.From(new Regex("council"), _ => false);
        var article = ArticleParser.Parse(new SourceText(Markdown), ArticleFormat.Markdown);
        Assert.All(article.Segments, s => Assert.Empty(ToList(s.Matches(never))));
    }

    [Fact]
    public void First_character_prefilters_admit_every_first_character_of_their_patterns()
    {
        AdmitsFirstCharacters(BlockClassifier.Byline, BlockClassifier.BylineStarts);
        AdmitsFirstCharacters(BlockClassifier.Copyright, BlockClassifier.CopyrightStarts);
        AdmitsFirstCharacters(BlockClassifier.Residue, BlockClassifier.ResidueStarts);
        AdmitsFirstCharacters(BlockClassifier.Caption, BlockClassifier.CaptionStarts);
        AdmitsFirstCharacters(ProseShape.Embed, ProseShape.EmbedStarts);
    }

    [Fact]
    public void Search_prefilters_admit_the_start_of_every_match_of_their_patterns()
    {
        // A prefilter that looks for strings admits every text that holds one; so admitting every way a match can
        // start admits every text that holds a match.
        foreach (var pattern in new[] { CopyrightYearCheck.FooterNotice, CopyrightYearCheck.ProseNotice, WeekdayDateCheck.WeekdayDate })
        {
            var starts = PatternStarts.Of(pattern.Regex.ToString());
            Assert.NotEmpty(starts);
            Assert.All(starts, start => Assert.True(pattern.MightMatch(start), $"{pattern}: skips \"{start}\""));
        }

        var notice = PatternStarts.Of(BlockClassifier.NoticeInside.ToString());
        Assert.All(notice, start => Assert.True(TextSearch.MayHoldRightsNotice(start), $"skips \"{start}\""));
    }

    [Fact]
    public void The_searches_find_what_a_loop_finds()
    {
        var random = new Random(16);
        const string alphabet = "aZ09'-\"“”‘’«» .,\tÉéİıſ\u212AAQz_~";
        for (var round = 0; round < 2000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            for (var from = 0; from <= text.Length + 1; from++)
            {
                Assert.Equal(Loop(text, from, c => c is '"' or '\'' || c >= 128), TextSearch.NextQuoteMarkCandidate(text, from));
                Assert.Equal(Loop(text, from, c => c is >= 'A' and <= 'Z' || c >= 128), TextSearch.NextCapitalCandidate(text, from));
                var end = Loop(text, from, c => !(c < 128 && (char.IsAsciiLetterOrDigit(c) || c is '\'' or '-')));
                Assert.Equal(end < 0 ? text.Length : Math.Max(end, Math.Min(from, text.Length)), TextSearch.SkipAsciiWordCharacters(text, from));
            }

            Assert.Equal(text.Count(c => c == '\''), TextSearch.Count(text, '\''));
            var words = new TextSearch.AnyString(["Z0", "ſ", "a'"], ignoreCase: false);
            Assert.Equal(text.Contains("Z0", StringComparison.Ordinal) || text.Contains('ſ', StringComparison.Ordinal) || text.Contains("a'", StringComparison.Ordinal), words.In(text));
        }

        static int Loop(string text, int from, Func<char, bool> stop)
        {
            for (var i = from; i < text.Length; i++)
            {
                if (stop(text[i])) return i;
            }

            return -1;
        }
    }

    [Fact]
    public void The_copyright_searches_find_each_mark()
    {
        foreach (var text in new[] { "© 2024", "Copyright 2020", "COPYRIGHT", "(c) 2021", "(C) 2021", "text (c)" })
            Assert.True(TextSearch.MayHoldCopyrightNotice(text), text);
        foreach (var text in new[] { "(a) (c", "copy right", "c) (", "" })
            Assert.False(TextSearch.MayHoldCopyrightNotice(text), text);
        foreach (var text in new[] { "©", "Copyright", "All rights reserved", "All Rights" })
            Assert.True(TextSearch.MayHoldRightsNotice(text), text);
        Assert.False(TextSearch.MayHoldRightsNotice("all the rights"));
    }

    private static List<SegmentMatch> ToList(SegmentMatches matches)
    {
        var list = new List<SegmentMatch>();
        foreach (var match in matches) list.Add(match);
        return list;
    }

    /// <summary>
    /// Asserts that every character a match of <paramref name="regex"/> (anchored at the start) can begin with, in
    /// every case the expression's options let it match, is in <paramref name="starts"/>.
    /// </summary>
    private static void AdmitsFirstCharacters(Regex regex, string starts)
    {
        var pattern = regex.ToString();
        Assert.True(pattern.StartsWith('^') || pattern.StartsWith("(?:^", StringComparison.Ordinal), $"{pattern}: not anchored at the start");
        var starts0 = PatternStarts.Of(pattern);
        Assert.All(starts0, start => Assert.NotEqual(string.Empty, start)); // each way of starting is read to its first character
        var firsts = starts0.Select(start => start[0]).Distinct().ToList();
        Assert.NotEmpty(firsts);

        // Each first character with every character the expression's options make equal to it (under ignore-case,
        // K and the Kelvin sign, s and the long s …), found by asking the expression's own engine.
        var firstClass = new Regex("^[" + string.Concat(firsts.Select(c => Regex.Escape(c.ToString()).Replace("]", "\\]").Replace("-", "\\-"))) + "]", regex.Options);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (firstClass.IsMatch(((char)c).ToString()))
                Assert.True(starts.IndexOf((char)c) >= 0, $"{pattern}: a match can start with '{(char)c}' (U+{c:X4}), which \"{starts}\" leaves out");
        }
    }
}

/// <summary>
/// The ways a match of a pattern can start, read off the pattern: its beginning expanded into strings (literals,
/// escapes, small classes, optional parts and groups of these) up to the first part that is none of these. Every
/// match starts with one of the strings. Look-arounds and anchors match no characters and are passed over.
/// </summary>
internal static class PatternStarts
{
    private const int MaxStrings = 20_000;

    public static List<string> Of(string pattern)
    {
        var at = 0;
        var starts = Alternation(pattern, ref at);
        Assert.Equal(pattern.Length, at);
        return [.. starts.Select(s => s.Text).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A string a part of the pattern can match, and whether the part was read to its end (else it was cut).</summary>
    private readonly record struct Start(string Text, bool Complete);

    private static List<Start> Alternation(string pattern, ref int at)
    {
        var all = new List<Start>();
        while (true)
        {
            all.AddRange(Sequence(pattern, ref at));
            if (at < pattern.Length && pattern[at] == '|')
            {
                at++;
                continue;
            }

            return all;
        }
    }

    private static List<Start> Sequence(string pattern, ref int at)
    {
        var starts = new List<Start> { new(string.Empty, true) };
        while (at < pattern.Length && pattern[at] is not ('|' or ')'))
        {
            var element = Element(pattern, ref at);
            var (min, max) = Quantifier(pattern, ref at);
            var next = new List<Start>();
            foreach (var start in starts)
            {
                if (!start.Complete)
                {
                    next.Add(start);
                    continue;
                }

                if (min == 0) next.Add(start); // the element left out
                if (max == 0) continue;
                if (element is null)
                {
                    next.Add(start with { Complete = false });
                    continue;
                }

                // Read once; a part that may repeat ends what can be read for certain.
                foreach (var part in element) next.Add(new Start(start.Text + part.Text, part.Complete && max == 1));
            }

            starts = next.Count > MaxStrings ? [.. next.Select(s => s with { Complete = false }).Distinct()] : next;
            if (starts.All(s => !s.Complete)) break;
        }

        // What was not read is skipped to the end of the sequence.
        Skip(pattern, ref at);
        return starts;
    }

    /// <summary>The strings one element can match (null when it is not read: a class too large, \d, \s, . …); an empty list for anchors.</summary>
    private static List<Start>? Element(string pattern, ref int at)
    {
        var c = pattern[at++];
        switch (c)
        {
            case '^' or '$':
                return [new(string.Empty, true)];
            case '.':
                return null;
            case '[':
                return Class(pattern, ref at);
            case '(':
                if (pattern[at] == '?')
                {
                    if (pattern[at + 1] is '=' or '!' || (pattern[at + 1] == '<' && pattern[at + 2] is '=' or '!'))
                    {
                        // A look-around matches no characters.
                        var depth = 1;
                        for (; depth > 0; at++)
                        {
                            if (pattern[at] == '\\') at++;
                            else if (pattern[at] == '(') depth++;
                            else if (pattern[at] == ')') depth--;
                        }

                        return [new(string.Empty, true)];
                    }

                    if (pattern[at + 1] == ':') at += 2;
                    else if (pattern[at + 1] == '<') at = pattern.IndexOf('>', at) + 1;
                    else throw new NotSupportedException("inline options in " + pattern);
                }

                var inner = Alternation(pattern, ref at);
                Assert.Equal(')', pattern[at++]);
                return inner;
            case '\\':
                var e = pattern[at++];
                switch (e)
                {
                    case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                        return [new(string.Empty, true)];
                    case 't' or 'n' or 'r':
                        return [new(e switch { 't' => "\t", 'n' => "\n", _ => "\r" }, true)];
                    case 'p' or 'P':
                        at = pattern.IndexOf('}', at) + 1;
                        return null;
                    case 'u':
                        var unicode = (char)Convert.ToInt32(pattern.Substring(at, 4), 16);
                        at += 4;
                        return [new(unicode.ToString(), true)];
                    default:
                        return char.IsLetterOrDigit(e) ? null : [new(e.ToString(), true)];
                }
            default:
                return [new(c.ToString(), true)];
        }
    }

    private static List<Start>? Class(string pattern, ref int at)
    {
        var chars = new StringBuilder();
        var readable = pattern[at] != '^';
        if (pattern[at] == ']') chars.Append(pattern[at++]);
        while (pattern[at] != ']')
        {
            var c = pattern[at++];
            if (c == '\\')
            {
                var e = pattern[at++];
                if (e is 'p' or 'P') at = pattern.IndexOf('}', at) + 1;
                if (char.IsLetterOrDigit(e) && e is not ('t' or 'n' or 'r')) readable = false;
                else chars.Append(e switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => e });
            }
            else if (c == '-' && chars.Length > 0 && pattern[at] != ']')
            {
                var to = pattern[at++];
                for (var x = (char)(chars[chars.Length - 1] + 1); x <= to; x++) chars.Append(x);
            }
            else
            {
                chars.Append(c);
            }
        }

        at++;
        return readable && chars.Length <= 64 ? [.. chars.ToString().Distinct().Select(x => new Start(x.ToString(), true))] : null;
    }

    /// <summary>The quantifier after an element: (1, 1) when there is none; max -1 for no upper bound.</summary>
    private static (int Min, int Max) Quantifier(string pattern, ref int at)
    {
        if (at >= pattern.Length) return (1, 1);
        (int, int) q;
        switch (pattern[at])
        {
            case '?': q = (0, 1); at++; break;
            case '*': q = (0, -1); at++; break;
            case '+': q = (1, -1); at++; break;
            case '{':
                var close = pattern.IndexOf('}', at);
                var parts = pattern.Substring(at + 1, close - at - 1).Split(',');
                q = (int.Parse(parts[0]), parts.Length == 1 ? int.Parse(parts[0]) : parts[1].Length == 0 ? -1 : int.Parse(parts[1]));
                at = close + 1;
                break;
            default:
                return (1, 1);
        }

        if (at < pattern.Length && pattern[at] == '?') at++; // lazy
        return q;
    }

    /// <summary>Moves past the rest of the sequence: to the '|' or ')' that ends it at this level.</summary>
    private static void Skip(string pattern, ref int at)
    {
        var depth = 0;
        for (; at < pattern.Length; at++)
        {
            switch (pattern[at])
            {
                case '\\':
                    at++;
                    break;
                case '[':
                    at++;
                    if (pattern[at] == '^') at++;
                    if (pattern[at] == ']') at++;
                    while (pattern[at] != ']') at += pattern[at] == '\\' ? 2 : 1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when depth == 0:
                    return;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return;
            }
        }
    }
}

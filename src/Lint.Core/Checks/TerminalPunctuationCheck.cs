using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>terminal-punctuation</c>: with <c>paragraphs</c> (the default), a paragraph must end with . ? ! … or a
/// colon (which introduces a list or a quotation), possibly inside closing quotes or brackets; with <c>sentences</c>,
/// a sentence inside the paragraph that runs into the next without a stop ("went well The talks") is flagged. A
/// paragraph that ends in a URL or an e-mail address, trails off in a dash (speech broken off, or a lead-in to a
/// table), leads into a list that follows it, ends in a comma before a quotation it introduces, or ends with a
/// bracketed aside or a footnote mark after its last stop is left alone.
/// </summary>
internal sealed partial class TerminalPunctuationCheck(bool paragraphs, bool sentences) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var segment in context.Segments)
        {
            if (paragraphs) CheckEnd(context, segment);
            if (sentences) CheckRunOns(context, segment);
        }
    }

    private static void CheckEnd(CheckContext context, Segment segment)
    {
        var content = segment.Text;
        var last = segment.LastContentIndex();
        if (last < 0) return;
        if (AfterStop(content, last) || IntroducesList(context.Article, segment)) return;
        var i = FootnoteStart(content, last) - 1;
        while (i >= 0 && TextShape.IsCloser(content[i])) i--;
        if (i < 0) return;
        var c = content[i];
        if (TextShape.IsSentenceEnd(c) || c == ':') return;
        if (TextShape.IsDash(c)) return; // “We were going to—”, "And --": speech broken off; "as follows --": a lead-in.
        if (c == ',' && IntroducesQuotation(context.Article, segment)) return; // Rathbun stated, / “…”
        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(content[wordStart - 1])) wordStart--;
        var word = content.Slice(wordStart, last - wordStart + 1).ToString();
        if (IsAddress(word)) return;
        if (!char.IsLetterOrDigit(c) && !TextShape.IsCloser(c) && c is not (',' or ';' or '%' or '-' or '–' or '—')) return;

        var span = segment.SourceSpan(wordStart, last + 1);
        context.Report(span, Arguments("Paragraph", word.TrimEnd(',', ';')), EndFix(segment, i, last));
    }

    /// <summary>
    /// The period goes inside closing quotation marks (“went well.”) but after closing brackets ("(in 2014)."); a
    /// trailing comma or semicolon becomes the period. A paragraph that trails off in a dash gets no fix: only the
    /// writer knows what was cut.
    /// </summary>
    private static IReadOnlyList<Fix> EndFix(Segment segment, int lastWordChar, int last)
    {
        var c = segment[lastWordChar];
        if (TextShape.IsDash(c)) return [];
        if (c is ',' or ';') return [new Fix("End the paragraph with a period", [new Replacement(segment.SourceSpan(lastWordChar, lastWordChar + 1), ".")])];
        var at = lastWordChar + 1;
        for (var k = lastWordChar + 1; k <= last; k++)
        {
            if (segment[k] is ')' or ']' or '}') at = k + 1;
        }

        return [new Fix("End the paragraph with a period", [new Replacement(segment.SourceSpan(at, at), ".")])];
    }

    /// <summary>Where a footnote mark at the end of the content starts ("… the report.[3]"), or just past <paramref name="last"/> when there is none.</summary>
    private static int FootnoteStart(ReadOnlySpan<char> content, int last)
    {
        if (content[last] != ']') return last + 1;
        var k = last - 1;
        while (k >= 0 && char.IsDigit(content[k])) k--;
        return k >= 0 && k < last - 1 && content[k] == '[' ? k : last + 1;
    }

    /// <summary>
    /// Whether the paragraph ends with a bracketed aside after its last stop ("… as allies. (See part 1)"): a
    /// cross-reference or a note, which takes no stop of its own.
    /// </summary>
    private static bool AfterStop(ReadOnlySpan<char> content, int last)
    {
        if (content[last] != ')') return false;
        var open = content.Slice(0, last).LastIndexOf('(');
        if (open <= 0 || content.Slice(open + 1, last - open - 1).IndexOfAny('(', ')') >= 0) return false;
        var k = open - 1;
        while (k >= 0 && char.IsWhiteSpace(content[k])) k--;
        while (k >= 0 && TextShape.IsCloser(content[k])) k--;
        return k >= 0 && k < open - 1 && TextShape.IsSentenceEnd(content[k]);
    }

    /// <summary>Whether a list follows the paragraph: it leads into the list, with or without a colon.</summary>
    private static bool IntroducesList(Article article, Segment segment)
    {
        var segments = article.Segments;
        for (var k = segment.Index + 1; k < segments.Count; k++)
        {
            if (segments[k].Kind == SegmentKind.Dateline) continue;
            return segments[k].Kind == SegmentKind.ListItem;
        }

        return false;
    }

    /// <summary>Whether the next part of the article opens with a quotation mark or is a block quotation.</summary>
    private static bool IntroducesQuotation(Article article, Segment segment)
    {
        var segments = article.Segments;
        for (var k = segment.Index + 1; k < segments.Count; k++)
        {
            var next = segments[k];
            if (next.Kind == SegmentKind.Dateline) continue;
            if (next.Kind == SegmentKind.Blockquote) return true;
            var first = next.FirstContentIndex();
            return first >= 0 && next[first] is '“' or '"' or '‘' or '\'' or '«' or '„';
        }

        return false;
    }

    private static void CheckRunOns(CheckContext context, Segment segment)
    {
        foreach (var span in MissingStops.Find(segment))
        {
            var word = context.Article.Source[span];
            var closers = word.Length - word.TrimEnd('”', '’', '"').Length;
            var insert = new TextSpan(span.End - closers, 0);
            context.Report(span, Arguments("Sentence", word), [new Fix("End the sentence with a period", [new Replacement(insert, ".")])]);
        }
    }

    private static Dictionary<string, string> Arguments(string unit, string word) => new()
    {
        ["unit"] = unit,
        ["word"] = word.Trim('“', '”', '"', '‘', '’', '(', ')'),
    };

    private static bool IsAddress(string word)
    {
        var w = word.TrimEnd(')', ']', '>', '”', '"');
        return w.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || w.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || w.StartsWith("(http", StringComparison.OrdinalIgnoreCase)
            || (w.IndexOf('@') > 0 && w.IndexOf('.') > w.IndexOf('@'))
            || DomainPath.IsMatch(w);
    }

    // A domain and a path without a scheme: "example.com/page".
    private const string DomainPathPattern = @"^[\w\-]+(?:\.[\w\-]+)+/\S*$";

    [GeneratedRegex(DomainPathPattern, RegexOptions.CultureInvariant)]
    private static partial Regex DomainPath { get; }
}

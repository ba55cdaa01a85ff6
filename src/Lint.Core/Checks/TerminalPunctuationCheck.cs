using System.Text.RegularExpressions;
using Lint.Articles;
using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>terminal-punctuation</c>: a paragraph must end with . ? ! … or a colon (which introduces a list or a
/// quotation), possibly inside closing quotes or brackets; with <c>sentences</c>, a sentence inside the paragraph
/// that runs into the next without a stop ("went well The talks") is flagged too. Paragraphs that end in a URL
/// or an e-mail address are left alone.
/// </summary>
public sealed class TerminalPunctuationCheck(bool sentences) : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var segment in context.Segments)
        {
            CheckEnd(context, segment);
            if (sentences) CheckRunOns(context, segment);
        }
    }

    private static void CheckEnd(CheckContext context, Segment segment)
    {
        var content = segment.Text;
        var last = segment.LastContentIndex();
        if (last < 0) return;
        var i = last;
        while (i >= 0 && TextShape.IsCloser(content[i])) i--;
        if (i < 0) return;
        var c = content[i];
        if (TextShape.IsSentenceEnd(c) || c == ':') return;
        if (i < last && TextShape.IsDash(c)) return; // “We were going to—”: speech broken off.
        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(content[wordStart - 1])) wordStart--;
        var word = content.Slice(wordStart, last - wordStart + 1).ToString();
        if (IsAddress(word)) return;
        if (!char.IsLetterOrDigit(c) && !TextShape.IsCloser(c) && c is not (',' or ';' or '%' or '-' or '–' or '—')) return;

        var span = TextSpan.FromBounds(segment.OffsetOf(wordStart), segment.OffsetOf(last + 1));
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
        if (c is ',' or ';') return [new Fix("End the paragraph with a period", [new Replacement(new TextSpan(segment.OffsetOf(lastWordChar), 1), ".")])];
        var at = lastWordChar + 1;
        for (var k = lastWordChar + 1; k <= last; k++)
        {
            if (segment[k] is ')' or ']' or '}') at = k + 1;
        }

        return [new Fix("End the paragraph with a period", [new Replacement(new TextSpan(segment.OffsetOf(at), 0), ".")])];
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
            || Regex.IsMatch(w, @"^[\w\-]+(?:\.[\w\-]+)+/\S*$", RegexOptions.CultureInvariant);
    }
}

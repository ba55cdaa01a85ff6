using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>quote-style</c>: quotation marks are either all typographic (“ ” ‘ ’) or all straight (" '), and so are
/// apostrophes; the two are judged apart, since straight apostrophes with curly quotation marks is a consistent
/// house style. In each, the first style used in the scope wins and every mark of the other style is flagged, with
/// the matching mark of the winning style as its fix.
/// </summary>
public sealed class QuoteStyleCheck : ICheck
{
    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        bool? curlyQuotes = null;
        bool? curlyApostrophes = null;
        foreach (var segment in context.Segments)
        {
            var content = segment.Text;
            for (var i = QuoteMarks.Next(content, 0); i >= 0; i = QuoteMarks.Next(content, i + 1))
            {
                var c = content[i];
                var isCurly = c is '“' or '”' or '‘' or '’';
                var isStraight = c is '"' || (c == '\'' && i > 0 && i + 1 < content.Length && (char.IsLetter(content[i - 1]) || char.IsLetter(content[i + 1])));
                if (!isCurly && !isStraight) continue;
                var apostrophe = c is '\'' or '’' && IsApostrophe(content, i);
                ref var curly = ref apostrophe ? ref curlyApostrophes : ref curlyQuotes;
                curly ??= isCurly;
                if (curly == isCurly) continue;
                var span = new TextSpan(segment.OffsetOf(i), 1);
                var replacement = Counterpart(content, i, curly.Value);
                context.Report(span, new Dictionary<string, string>
                {
                    ["mark"] = c.ToString(),
                    ["style"] = (curly.Value ? "typographic" : "straight") + (apostrophe ? " apostrophes" : " quotation marks"),
                }, replacement is null ? [] : [new Fix($"Use {replacement}", [new Replacement(span, replacement)])]);
            }
        }
    }

    /// <summary>Russia’s, players’ union, ’90s: between letters, after a plural s, or before a decade.</summary>
    private static bool IsApostrophe(ReadOnlySpan<char> content, int i)
    {
        var prev = i > 0 ? content[i - 1] : ' ';
        var next = i + 1 < content.Length ? content[i + 1] : ' ';
        return (char.IsLetter(prev) && char.IsLetter(next)) || (prev is 's' or 'S' && char.IsWhiteSpace(next)) || (char.IsWhiteSpace(prev) && char.IsDigit(next));
    }

    private static string? Counterpart(ReadOnlySpan<char> content, int i, bool toCurly)
    {
        var c = content[i];
        if (!toCurly) return c is '“' or '”' ? "\"" : "'";
        var prev = i > 0 ? content[i - 1] : ' ';
        var opening = char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–';
        return c == '"' ? (opening ? "“" : "”") : opening ? "‘" : "’";
    }
}

using System.Text.RegularExpressions;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>existence</c>: flags words or phrases that should not appear. <c>tokens</c> are literal and matched on
/// word boundaries; <c>patterns</c> are regular expressions (linear-time); <c>exceptions</c> are matches to leave alone.
/// All of them are combined into one expression, so a rule costs one pass over each segment. A pattern may name the
/// part it flags <c>(?&lt;match&gt;…)</c> and match what must follow it around that part (the linear-time engine has no
/// look-ahead): <c>(?&lt;match&gt;[ ]+:)[ ]</c> flags a space before a colon that a space follows, not an emoticon.
/// </summary>
internal sealed class ExistenceCheck(Regex regex, IReadOnlyCollection<string> exceptions, bool ignoreCase) : ICheck
{
    /// <summary>Builds the combined expression from tokens and patterns; null when both are empty.</summary>
    public static string? Combine(IReadOnlyList<string> tokens, IReadOnlyList<string> patterns)
    {
        // \b rather than lookarounds: the linear-time engine supports word boundaries but not lookarounds.
        var parts = tokens.Where(t => t.Length > 0)
            .Select(t => (IsWordChar(t[0]) ? @"\b" : string.Empty) + Regex.Escape(t) + (IsWordChar(t[t.Length - 1]) ? @"\b" : string.Empty))
            .Concat(patterns.Select(p => "(?:" + p + ")"))
            .ToList();
        return parts.Count == 0 ? null : string.Join("|", parts);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The name of the group that holds the part of a match to flag, when a pattern names one.</summary>
    public const string MatchGroup = "match";

    private readonly Pattern _pattern = Pattern.From(regex);

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        foreach (var segment in context.Segments)
        {
            foreach (var match in segment.Matches(_pattern))
            {
                var part = match.Group(MatchGroup) is { Success: true } named ? named : match.Group(0);
                if (part.Length == 0 || exceptions.Contains(part.Value, comparer)) continue;
                context.Report(part.Span, new Dictionary<string, string> { ["match"] = part.Value });
            }
        }
    }
}

using System.Text.RegularExpressions;
using Lint.Rules;
using Lint.Text;

namespace Lint.Checks;

/// <summary>
/// Kind <c>existence</c>: flags words or phrases that should not appear. <c>tokens</c> are literal and matched on
/// word boundaries; <c>patterns</c> are regular expressions (linear-time); <c>exceptions</c> are matches to leave alone.
/// All of them are combined into one expression, so a rule costs one pass over each segment.
/// </summary>
public sealed class ExistenceCheck(Regex regex, IReadOnlyCollection<string> exceptions, bool ignoreCase) : ICheck
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

    // Segments holding none of the literals that every match contains are skipped without running the pattern.
    private readonly LiteralPrefilter? _prefilter = LiteralPrefilter.For(regex);

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        foreach (var segment in context.Segments)
        {
            if (_prefilter is { } prefilter && !prefilter.MayMatch(segment.Text)) continue;
            for (var match = segment.Match(regex); match.Success; match = match.NextMatch())
            {
                if (match.Length == 0 || exceptions.Contains(match.Value, comparer)) continue;
                context.Report(segment.SpanOf(match), new Dictionary<string, string> { ["match"] = match.Value });
            }
        }
    }
}

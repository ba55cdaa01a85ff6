namespace Lint.Diagnostics;

/// <summary>A mechanical correction: one or more replacements on the unmodified file, applied together.</summary>
public sealed record Fix(string Description, IReadOnlyList<Replacement> Replacements)
{
    /// <summary>Applies the replacements to <paramref name="text"/>, last first so earlier offsets stay valid.</summary>
    public string ApplyTo(string text)
    {
        var result = text;
        foreach (var replacement in Replacements.OrderByDescending(r => r.Span.Start))
            result = result.Substring(0, replacement.Span.Start) + replacement.NewText + result.Substring(replacement.Span.End);
        return result;
    }
}

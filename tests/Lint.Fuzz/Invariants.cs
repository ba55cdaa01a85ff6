using Lint.Diagnostics;
using Lint.Loading;
using Lint.Text;

namespace Lint.Fuzz;

/// <summary>
/// What every lint result promises, whatever the input: each span (finding, fix, suppressing directive) lies within
/// the text; the line and column agree with the span; findings are in report order; and no check failed (ED0013
/// means a rule's findings were lost on this file).
/// </summary>
public static class Invariants
{
    /// <summary>Throws <see cref="InvariantException"/> when <paramref name="diagnostics"/> break a promise for <paramref name="source"/>.</summary>
    public static void Check(SourceText source, IReadOnlyList<LintDiagnostic> diagnostics)
    {
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            if (d.RuleId == EngineRules.CheckFailed.Id) throw new InvariantException($"a check failed: {d.Message}");
            if (string.IsNullOrEmpty(d.RuleId) || d.Message is null) throw new InvariantException($"finding {i} has no rule id or message");
            InText(source, d.Span, $"{d.RuleId} finding");
            var expected = source.GetLineSpan(d.Span);
            if (d.Location != expected)
                throw new InvariantException($"{d.RuleId} at {d.Span} reports {d.Location.Start}-{d.Location.End}; the span is at {expected.Start}-{expected.End}");
            foreach (var fix in d.Fixes)
            {
                foreach (var replacement in fix.Replacements) InText(source, replacement.Span, $"{d.RuleId} fix");
                _ = fix.ApplyTo(source.Text);
            }

            if (d.Suppression is { } suppression) InText(source, suppression.Directive, $"{d.RuleId} suppression");
            if (i > 0 && Linter.Compare(diagnostics[i - 1], d) > 0)
                throw new InvariantException($"findings out of order: {diagnostics[i - 1].RuleId} at {diagnostics[i - 1].Location.Start} before {d.RuleId} at {d.Location.Start}");
        }
    }

    /// <summary>Throws when a rule loader's error is not an ED0xxx diagnostic at a place in its file.</summary>
    public static void CheckLoadErrors(RuleCatalog catalog)
    {
        foreach (var error in catalog.Errors)
        {
            var d = error.Diagnostic;
            if (!d.RuleId.StartsWith("ED0", StringComparison.Ordinal) || d.RuleId.Length != 6)
                throw new InvariantException($"rule loading reported {d.RuleId}, not an ED0xxx diagnostic");
            if (d.RuleId == EngineRules.CheckFailed.Id) throw new InvariantException($"rule loading hid a failure: {d.Message}");
            if (d.Location.Start.Line < 1 || d.Location.Start.Column < 1 || d.Location.End.CompareTo(d.Location.Start) < 0)
                throw new InvariantException($"{d.RuleId} at an impossible place {d.Location.Start}-{d.Location.End}: {d.Message}");
            if (string.IsNullOrWhiteSpace(d.Message)) throw new InvariantException($"{d.RuleId} without a message");
        }
    }

    private static void InText(SourceText source, TextSpan span, string what)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > source.Length)
            throw new InvariantException($"{what} span {span} outside the text of length {source.Length}");
    }
}

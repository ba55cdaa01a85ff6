using Lint.Diagnostics;
using Lint.Rules;

namespace Lint.Reporting;

/// <summary>The running counts of a report, kept as files are written so that nothing has to be held until the end.</summary>
public sealed class ReportTally
{
    private readonly int[] _gate = new int[(int)Severity.Error + 1];

    /// <summary>Files checked, read or not.</summary>
    public int Files { get; private set; }

    /// <summary>Shown, unsuppressed errors, plus error notifications.</summary>
    public int Errors { get; private set; }

    /// <summary>Shown, unsuppressed warnings.</summary>
    public int Warnings { get; private set; }

    /// <summary>Shown, unsuppressed suggestions.</summary>
    public int Suggestions { get; private set; }

    /// <summary>Shown findings suppressed in the text.</summary>
    public int Suppressed { get; private set; }

    /// <summary>Shown, unsuppressed findings by rule id (against a baseline: new and updated ones, as text lists them).</summary>
    public IReadOnlyDictionary<string, int> ByRule => _byRule;

    private readonly Dictionary<string, int> _byRule = new(StringComparer.Ordinal);

    /// <summary>Notifications: files or rules that could not be read, bad configuration.</summary>
    public int Notifications { get; private set; }

    /// <summary>Against a baseline: the states of all findings, and the baseline results now absent.</summary>
    public int New { get; private set; }

    /// <inheritdoc cref="New"/>
    public int Unchanged { get; private set; }

    /// <inheritdoc cref="New"/>
    public int Updated { get; private set; }

    /// <inheritdoc cref="New"/>
    public int Absent { get; internal set; }

    /// <summary>
    /// Whether the gate fails at <paramref name="threshold"/>: an unsuppressed finding at or above it, whatever
    /// --min-level hides, and against a baseline only a new one.
    /// </summary>
    public bool Fails(Severity threshold)
    {
        for (var s = (int)Severity.Error; s >= 0 && s >= (int)threshold; s--)
        {
            if (_gate[s] > 0) return true;
        }

        return false;
    }

    internal void AddFile() => Files++;

    internal void Add(LintDiagnostic d, bool shown, BaselineState? state)
    {
        if (state == BaselineState.New) New++;
        else if (state == BaselineState.Unchanged) Unchanged++;
        else if (state == BaselineState.Updated) Updated++;
        if (d.Suppression is null && d.Severity > Severity.Silent && state is null or BaselineState.New && (int)d.Severity < _gate.Length) _gate[(int)d.Severity]++;
        if (!shown) return;
        if (d.Suppression is null && state != BaselineState.Unchanged) _byRule[d.RuleId] = _byRule.TryGetValue(d.RuleId, out var count) ? count + 1 : 1;
        if (d.Suppression is not null) Suppressed++;
        else if (d.Severity == Severity.Error) Errors++;
        else if (d.Severity == Severity.Warning) Warnings++;
        else if (d.Severity == Severity.Suggestion) Suggestions++;
    }

    internal void AddNotification(FileDiagnostic n)
    {
        Notifications++;
        if (n.Diagnostic.Severity == Severity.Error) Errors++;
    }
}

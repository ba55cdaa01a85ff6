using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Rules;

namespace Lint.Reporting;

/// <summary>
/// One run: the articles' findings in path order, the problems met outside articles (rule files, configuration,
/// unreadable inputs), and the rules that were evaluated.
/// </summary>
public sealed record LintReport(IReadOnlyList<FileReport> Files, IReadOnlyList<FileDiagnostic> Notifications, IReadOnlyList<RuleDescriptor> Rules, ReferenceDate ReferenceDate)
{
    /// <summary>The tool's name and version.</summary>
    public ToolInfo Tool { get; init; } = ToolInfo.Default;

    /// <summary>The comparison with a baseline log, when one was given.</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>The SARIF category (runAutomationDetails.id is "CATEGORY/"), when given.</summary>
    public string? Category { get; init; }

    /// <summary>The lowest severity that is reported.</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Suggestion;

    /// <summary>Whether a finding is reported at all (its severity reaches <see cref="MinimumSeverity"/>).</summary>
    public bool IsShown(LintDiagnostic diagnostic) => diagnostic.Severity >= MinimumSeverity && diagnostic.Severity > Severity.Silent;

    /// <summary>Whether a baseline result that is now absent is reported.</summary>
    public bool IsShown(BaselineResult absent) => SeverityNames.TryParseSarifLevel(absent.Level) >= MinimumSeverity;

    /// <summary>Findings that count (not suppressed) and are shown (above silent).</summary>
    public IEnumerable<LintDiagnostic> Active => Files.SelectMany(f => f.Diagnostics).Where(d => d.Suppression is null && d.Severity > Severity.Silent);

    /// <summary>Counts of reported findings by severity, and of suppressed ones.</summary>
    public (int Errors, int Warnings, int Suggestions, int Suppressed) Counts()
    {
        var all = Files.SelectMany(f => f.Diagnostics).Where(IsShown).ToList();
        var active = all.Where(d => d.Suppression is null).ToList();
        return (active.Count(d => d.Severity == Severity.Error) + Notifications.Count(n => n.Diagnostic.Severity == Severity.Error),
            active.Count(d => d.Severity == Severity.Warning),
            active.Count(d => d.Severity == Severity.Suggestion),
            all.Count - active.Count);
    }
}

using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Rules;

namespace Lint.Reporting;

/// <summary>What every report knows before its first file: the rules evaluated, the reference date and what is shown.</summary>
public sealed record ReportOptions(IReadOnlyList<RuleDescriptor> Rules, ReferenceDate ReferenceDate)
{
    /// <summary>The tool's name and version.</summary>
    public ToolInfo Tool { get; init; } = ToolInfo.Default;

    /// <summary>The SARIF category (runAutomationDetails.id is "CATEGORY/"), when given.</summary>
    public string? Category { get; init; }

    /// <summary>
    /// The part of a sharded run ("2/4", from <c>--shard</c>): SARIF keeps it in the run's properties for
    /// <c>lint merge</c>, and the summary line names it.
    /// </summary>
    public string? Shard { get; init; }

    /// <summary>The lowest severity that is reported.</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Suggestion;

    /// <summary>Whether the text report shows a code frame under each finding.</summary>
    public bool Frames { get; init; } = true;

    /// <summary>Whether the text report is coloured (ANSI escapes, for a terminal).</summary>
    public bool Color { get; init; }

    /// <summary>Whether the text report gives counts by rule instead of each finding.</summary>
    public bool Statistics { get; init; }

    /// <summary>Whether a finding is reported at all (its severity reaches <see cref="MinimumSeverity"/>).</summary>
    public bool IsShown(LintDiagnostic diagnostic) => diagnostic.Severity >= MinimumSeverity && diagnostic.Severity > Severity.Silent;

    /// <summary>Whether a baseline result that is now absent is reported.</summary>
    public bool IsShown(BaselineResult absent) => SeverityNames.TryParseSarifLevel(absent.Level) >= MinimumSeverity;
}

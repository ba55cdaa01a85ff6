namespace Lint.Reporting;

/// <summary>SARIF's baselineState: how a result relates to the baseline run.</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline.</summary>
    New,

    /// <summary>In the baseline with the same fingerprint.</summary>
    Unchanged,

    /// <summary>In the baseline (same rule, file and flagged text) but its paragraph was edited.</summary>
    Updated,

    /// <summary>In the baseline and gone now.</summary>
    Absent,
}

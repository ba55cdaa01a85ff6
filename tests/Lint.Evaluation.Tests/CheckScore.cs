using System.Globalization;

namespace Lint.Evaluation.Tests;

/// <summary>Counts for one check over a set of variants, and the precision and recall they give.</summary>
public sealed record CheckScore(string RuleId, string Scope, int Injected, int TruePositives, int FalsePositives, int CleanFalsePositives)
{
    /// <summary>Injected errors the check missed.</summary>
    public int FalseNegatives => Injected - TruePositives;

    /// <summary>TP / (TP + FP); 1 when the check reported nothing at all (no finding was wrong).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Precision with the clean articles' findings counted as false positives too.</summary>
    public double PrecisionWithClean =>
        TruePositives + FalsePositives + CleanFalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives + CleanFalsePositives);

    /// <summary>TP / injected; 1 when nothing was injected.</summary>
    public double Recall => Injected == 0 ? 1 : (double)TruePositives / Injected;

    /// <summary>Scores <paramref name="ruleId"/> over <paramref name="outcomes"/>: its injections for recall, every variant for false positives.</summary>
    public static CheckScore Compute(string ruleId, string scope, IEnumerable<VariantOutcome> outcomes, int cleanFalsePositives)
    {
        var list = outcomes.ToList();
        var mine = list.Where(o => o.Injection.RuleId == ruleId).ToList();
        return new CheckScore(
            ruleId,
            scope,
            mine.Count,
            mine.Count(o => o.Detected),
            list.Sum(o => o.Spurious.Count(d => d.RuleId == ruleId)),
            cleanFalsePositives);
    }

    /// <summary>One row of the report table.</summary>
    public string ToRow() => string.Format(
        CultureInfo.InvariantCulture,
        "{0,-7} {1,-5} {2,8} {3,5} {4,5} {5,5} {6,10:0.000} {7,8:0.000} {8,9} {9,11:0.000}",
        RuleId, Scope, Injected, TruePositives, FalseNegatives, FalsePositives, Precision, Recall, CleanFalsePositives, PrecisionWithClean);

    /// <summary>The header matching <see cref="ToRow"/>.</summary>
    public static string Header => string.Format(
        CultureInfo.InvariantCulture,
        "{0,-7} {1,-5} {2,8} {3,5} {4,5} {5,5} {6,10} {7,8} {8,9} {9,11}",
        "check", "set", "injected", "TP", "FN", "FP", "precision", "recall", "clean FP", "prec+clean");
}

using System.Globalization;

namespace Lint.Evaluation.Tests.RealNews;

/// <summary>
/// Findings counted by verdict. Precision is right / (right + wrong): a debatable finding (one that depends on the
/// house style, or that two readers would judge differently) counts for neither, and is shown beside.
/// </summary>
public sealed record Tally(int Findings, int True, int False, int Debatable)
{
    /// <summary>Findings with no verdict yet.</summary>
    public int Unjudged => Findings - True - False - Debatable;

    /// <summary>Right / (right + wrong); null when no finding was judged either way.</summary>
    public double? Precision => True + False == 0 ? null : (double)True / (True + False);

    /// <summary>Counts <paramref name="findings"/> by their verdicts.</summary>
    public static Tally Of(IEnumerable<RealNewsFinding> findings, IReadOnlyDictionary<VerdictKey, Verdict> verdicts)
    {
        int all = 0, right = 0, wrong = 0, debatable = 0;
        foreach (var finding in findings)
        {
            all++;
            if (!verdicts.TryGetValue(finding.Key, out var verdict)) continue;
            if (verdict.IsTrue) right++;
            else if (verdict.IsFalse) wrong++;
            else debatable++;
        }

        return new Tally(all, right, wrong, debatable);
    }

    /// <summary>The precision as a report shows it: three decimals, or a dash.</summary>
    public string PrecisionText => Precision is { } p ? p.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}

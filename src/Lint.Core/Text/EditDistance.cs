namespace Lint.Text;

/// <summary>Edit distances for spelling suggestions.</summary>
public static class EditDistance
{
    /// <summary>
    /// Optimal string alignment distance (insertions, deletions, substitutions and adjacent transpositions each
    /// cost 1). Stops early and returns <paramref name="limit"/> + 1 once the distance must exceed the limit.
    /// </summary>
    public static int OptimalStringAlignment(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;

        // Suggestions compare one name with thousands of cities: reuse this thread's rows instead of allocating three.
        var size = b.Length + 1;
        if (rows is null || rows[0].Length < size) rows = [new int[Math.Max(size, 64)], new int[Math.Max(size, 64)], new int[Math.Max(size, 64)]];
        var previous2 = rows[0];
        var previous = rows[1];
        var current = rows[2];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit) return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    [ThreadStatic]
    private static int[][]? rows;
}

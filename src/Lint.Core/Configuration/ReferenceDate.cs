using System.Globalization;

namespace Lint.Configuration;

/// <summary>"Today" for time-aware rules. Always injected (from --as-of, SOURCE_DATE_EPOCH or the host's clock), never read here.</summary>
public readonly record struct ReferenceDate(int Year, int Month, int Day)
{
    /// <summary>Parses an ISO date, YYYY-MM-DD.</summary>
    public static bool TryParse(string? text, out ReferenceDate date)
    {
        if (DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = new ReferenceDate(parsed.Year, parsed.Month, parsed.Day);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>
    /// Parses the reproducible-builds variable <c>SOURCE_DATE_EPOCH</c>: whole seconds since 1970-01-01 UTC (no sign,
    /// up to the last second of 9999), read as the UTC date of that instant. The host reads the variable; this only
    /// parses its value.
    /// </summary>
    public static bool TryParseSourceDateEpoch(string? text, out ReferenceDate date)
    {
        if (text is not null && long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= MaxEpochSeconds)
        {
            date = FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>9999-12-31T23:59:59Z, the last second a <see cref="DateTime"/> holds.</summary>
    private const long MaxEpochSeconds = 253402300799;

    /// <summary>The date of a UTC instant.</summary>
    public static ReferenceDate FromDateTime(DateTime value) => new(value.Year, value.Month, value.Day);

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day);
}

using System.Globalization;

namespace Schakel.Core.Linking.Normalization;

/// <summary>
/// A date of birth as far as it is known: a full date, or only the year (<see cref="Month"/> and
/// <see cref="Day"/> are 0). Parses the formats melders use: 1990-03-14, 14-03-1990, 14/3/1990,
/// 14.03.1990, 19900314, 14031990, "14 maart 1990", a year alone, and US-style 3/14/1990 when the
/// second number cannot be a month. 01/02/1990 is read the Dutch way (1 February); the comparison
/// treats a day/month swap as a weak match, which covers the other reading.
/// </summary>
public readonly record struct DateOfBirth(int Year, int Month, int Day)
{
    // 1900 itself is left out: "01-01-1900" is a common placeholder for "unknown" in source systems.
    private const int MinYear = 1901;
    private static readonly char[] Separators = ['-', '/', '.', ' ', ','];

    private static readonly Dictionary<string, int> MonthNames = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["januari"] = 1, ["january"] = 1, ["feb"] = 2, ["februari"] = 2, ["february"] = 2,
        ["mrt"] = 3, ["maart"] = 3, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4, ["mei"] = 5, ["may"] = 5,
        ["jun"] = 6, ["juni"] = 6, ["june"] = 6, ["jul"] = 7, ["juli"] = 7, ["july"] = 7, ["aug"] = 8, ["augustus"] = 8,
        ["august"] = 8, ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["okt"] = 10, ["oct"] = 10, ["oktober"] = 10,
        ["october"] = 10, ["nov"] = 11, ["november"] = 11, ["dec"] = 12, ["december"] = 12,
    };

    public bool IsYearOnly => Month == 0;

    /// <summary>Reads a date of birth as of the system clock's today; see <see cref="TryParse(string?, DateOnly, out DateOfBirth)"/>.</summary>
    public static bool TryParse(string? raw, out DateOfBirth dob) =>
        TryParse(raw, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), out dob);

    /// <param name="today">No one is born after this year, and a two-digit year is read as the latest past one.</param>
    public static bool TryParse(string? raw, DateOnly today, out DateOfBirth dob)
    {
        var maxYear = today.Year;
        dob = default;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }
        var s = raw.Trim().ToLowerInvariant();
        var t = s.IndexOf('t');
        if (t == 10 && s.Length > 10 && char.IsAsciiDigit(s[0]))
        {
            // ISO date-time "1990-03-14T00:00:00".
            s = s[..10];
        }
        else if (s.Length > 10 && s.IndexOf(':') > 10)
        {
            s = s[..s.IndexOf(' ')];
        }
        var parts = s.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1)
        {
            return TryParseCompact(parts[0], maxYear, out dob);
        }
        if (parts.Length != 3)
        {
            return false;
        }
        if (MonthNames.TryGetValue(parts[0], out var leadingMonth))
        {
            // "March 14, 1990"
            return TryInt(parts[1], out var d0) && TryYear(parts[2], maxYear, out var y0) && TryCreate(y0, leadingMonth, d0, maxYear, out dob);
        }
        if (MonthNames.TryGetValue(parts[1], out var namedMonth))
        {
            return TryInt(parts[0], out var d1) && TryYear(parts[2], maxYear, out var y1) && TryCreate(y1, namedMonth, d1, maxYear, out dob);
        }
        if (!TryInt(parts[0], out var a) || !TryInt(parts[1], out var b) || !TryInt(parts[2], out var c))
        {
            return false;
        }
        if (parts[0].Length == 4)
        {
            return b == 0 && c == 0 ? TryYearOnly(a, maxYear, out dob) : TryCreate(a, b, c, maxYear, out dob);
        }
        if (!TryYear(parts[2], maxYear, out var year))
        {
            return false;
        }
        if (a == 0 && b == 0)
        {
            // "00-00-1990": registrars write unknown day and month as zeros.
            return TryYearOnly(year, maxYear, out dob);
        }
        if (b > 12 && a <= 12)
        {
            return TryCreate(year, a, b, maxYear, out dob);
        }
        return TryCreate(year, b, a, maxYear, out dob);
    }

    private static bool TryParseCompact(string s, int maxYear, out DateOfBirth dob)
    {
        dob = default;
        if (!s.All(char.IsAsciiDigit))
        {
            return false;
        }
        switch (s.Length)
        {
            case 4:
                var y = int.Parse(s, CultureInfo.InvariantCulture);
                if (y is >= MinYear && y <= maxYear)
                {
                    dob = new DateOfBirth(y, 0, 0);
                    return true;
                }
                return false;
            case 8:
                var n1 = int.Parse(s.AsSpan(0, 4), CultureInfo.InvariantCulture);
                if (n1 >= MinYear && n1 <= maxYear
                    && TryCreate(n1, int.Parse(s.AsSpan(4, 2), CultureInfo.InvariantCulture), int.Parse(s.AsSpan(6, 2), CultureInfo.InvariantCulture), maxYear, out dob))
                {
                    return true;
                }
                return TryCreate(int.Parse(s.AsSpan(4, 4), CultureInfo.InvariantCulture), int.Parse(s.AsSpan(2, 2), CultureInfo.InvariantCulture), int.Parse(s.AsSpan(0, 2), CultureInfo.InvariantCulture), maxYear, out dob);
            case 6:
                return TryYear(s[4..], maxYear, out var y6)
                    && TryCreate(y6, int.Parse(s.AsSpan(2, 2), CultureInfo.InvariantCulture), int.Parse(s.AsSpan(0, 2), CultureInfo.InvariantCulture), maxYear, out dob);
            default:
                return false;
        }
    }

    private static bool TryYearOnly(int year, int maxYear, out DateOfBirth dob)
    {
        dob = year is >= MinYear && year <= maxYear ? new DateOfBirth(year, 0, 0) : default;
        return dob.Year != 0;
    }

    private static bool TryInt(string s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool TryYear(string s, int maxYear, out int year)
    {
        if (!TryInt(s, out year))
        {
            return false;
        }
        if (s.Length == 2)
        {
            // Two-digit years: a subject is not born in the future.
            year += year <= maxYear % 100 ? 2000 : 1900;
            return true;
        }
        return s.Length == 4;
    }

    private static bool TryCreate(int year, int month, int day, int maxYear, out DateOfBirth dob)
    {
        dob = default;
        if (year < MinYear || year > maxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        dob = new DateOfBirth(year, month, day);
        return true;
    }

    public override string ToString() => IsYearOnly
        ? Year.ToString(CultureInfo.InvariantCulture)
        : $"{Year:D4}-{Month:D2}-{Day:D2}";
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Schakel.Core.BasicLevel;

/// <summary>
/// The term of an action point as the regions write it in their plans: a quarter ("2027-Q1", "Q1 2027", "2027 K1")
/// or a date ("31-3-2027", "2027-03-31"). Normalised so the same term always reads the same in lists and exports.
/// </summary>
public static partial class ActionTerm
{
    public sealed record Parsed(string Text, DateOnly DueBy);

    public static Parsed? Parse(string? input)
    {
        var s = (input ?? "").Trim();
        if (s.Length == 0)
        {
            return null;
        }
        var q = QuarterYearFirst().Match(s);
        if (!q.Success)
        {
            q = QuarterFirst().Match(s);
        }
        if (q.Success)
        {
            var year = int.Parse(q.Groups["y"].Value, CultureInfo.InvariantCulture);
            var quarter = int.Parse(q.Groups["q"].Value, CultureInfo.InvariantCulture);
            if (year is < 2000 or > 2100 || quarter is < 1 or > 4)
            {
                return null;
            }
            var lastMonth = quarter * 3;
            return new Parsed($"{year}-Q{quarter}", new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)));
        }
        string[] formats = ["d-M-yyyy", "yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy"];
        if (DateOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return new Parsed(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date);
        }
        return null;
    }

    /// <summary>How a stored term reads for people: quarters as written, dates the Dutch way.</summary>
    public static string Display(string term) =>
        DateOnly.TryParseExact(term, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d-M-yyyy", CultureInfo.InvariantCulture)
            : term;

    [GeneratedRegex(@"^(?<y>\d{4})\s*[-/ ]?\s*[QqKk](?<q>\d)$")]
    private static partial Regex QuarterYearFirst();

    [GeneratedRegex(@"^[QqKk](?<q>\d)\s*[-/ ]?\s*(?<y>\d{4})$")]
    private static partial Regex QuarterFirst();
}

using System.Globalization;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Dashboard;

/// <summary>
/// The period (whole UTC days, both ends included) and area the figures are counted over. From the outside a period is
/// always one whole calendar month, quarter or year (<see cref="ParsePeriod"/>): free dates let two nearly equal periods
/// be subtracted from each other, which gave hidden counts away.
/// </summary>
public sealed record FigureFilter(DateOnly From, DateOnly To, int? MunicipalityId = null, int? RegionId = null)
{
    public const string PeriodHint = "Kies een hele maand, een kwartaal of een jaar, bijvoorbeeld 2026-03, 2026-K1 of 2026.";

    /// <summary>The period as the parameter writes it: "2026", "2026-K1" or "2026-03".</summary>
    public string Period => From.Month == 1 && To == new DateOnly(From.Year, 12, 31) ? From.Year.ToString(CultureInfo.InvariantCulture)
        : To == From.AddMonths(3).AddDays(-1) ? string.Create(CultureInfo.InvariantCulture, $"{From.Year}-K{(From.Month - 1) / 3 + 1}")
        : From.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses the period and area of the figures. Free from/to dates are refused; without a period the current year is
    /// counted. Errors are keyed by parameter name with a Dutch message.
    /// </summary>
    public static (FigureFilter? Filter, Dictionary<string, string> Errors) ParsePeriod(string? period, string? from, string? to, string? municipality, string? region, DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to))
        {
            errors[string.IsNullOrWhiteSpace(from) ? "to" : "from"] = "Losse begin- en einddatums kunnen niet. " + PeriodHint;
        }
        var range = PeriodRange(period, today, errors);
        var mun = Id(municipality, "municipality", errors);
        var reg = Id(region, "region", errors);
        return errors.Count > 0 || range is not { } r ? (null, errors) : (new FigureFilter(r.From, r.To, mun, reg), errors);
    }

    private static (DateOnly From, DateOnly To)? PeriodRange(string? text, DateOnly today, Dictionary<string, string> errors)
    {
        var value = (text ?? "").Trim().ToUpperInvariant();
        if (value.Length == 0)
        {
            return (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
        }
        var match = System.Text.RegularExpressions.Regex.Match(value, @"^(\d{4})(?:-(?:([KQ])([1-4])|(\d{2})))?$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
        var year = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (!match.Success || year < 2000 || year > today.Year + 1)
        {
            errors["period"] = "Deze periode bestaat niet. " + PeriodHint;
            return null;
        }
        if (match.Groups[3].Success)
        {
            var first = new DateOnly(year, (int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1);
            return (first, first.AddMonths(3).AddDays(-1));
        }
        if (match.Groups[4].Success)
        {
            var month = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                errors["period"] = "Deze maand bestaat niet. " + PeriodHint;
                return null;
            }
            var first = new DateOnly(year, month, 1);
            return (first, first.AddMonths(1).AddDays(-1));
        }
        return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    public DateTimeOffset Start => DutchTime.StartOfDay(From);
    public DateTimeOffset End => DutchTime.StartOfDay(To.AddDays(1));

    /// <summary>Free dates, for the CoMensha export of records (not figures); errors keyed by parameter name.</summary>
    public static (FigureFilter? Filter, Dictionary<string, string> Errors) Parse(string? from, string? to, string? municipality, string? region, DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = Date(from, "from", new DateOnly(today.Year - 1, 1, 1), errors);
        var end = Date(to, "to", today, errors);
        var mun = Id(municipality, "municipality", errors);
        var reg = Id(region, "region", errors);
        if (errors.Count == 0 && start > end)
        {
            errors["from"] = "De begindatum ligt na de einddatum.";
        }
        if (errors.Count == 0 && end.Year - start.Year > 20)
        {
            errors["from"] = "Kies een periode van hoogstens twintig jaar.";
        }
        return errors.Count > 0 ? (null, errors) : (new FigureFilter(start, end, mun, reg), errors);
    }

    private static DateOnly Date(string? text, string key, DateOnly fallback, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || DateOnly.TryParseExact(text.Trim(), "d-M-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return d;
        }
        errors[key] = "Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-01-31.";
        return fallback;
    }

    private static int? Id(string? text, string key, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }
        errors[key] = "Kies een bestaande " + (key == "region" ? "regio." : "gemeente.");
        return null;
    }
}

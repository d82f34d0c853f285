using System.Globalization;

namespace Schakel.Web.Features.Dashboard;

/// <summary>The period (whole UTC days, both ends included) and area the figures are counted over.</summary>
public sealed record FigureFilter(DateOnly From, DateOnly To, int? MunicipalityId = null, int? RegionId = null)
{
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Parses the query-string values; errors are keyed by parameter name with a Dutch message.</summary>
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

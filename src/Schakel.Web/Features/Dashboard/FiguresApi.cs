using Microsoft.AspNetCore.Authentication;
using Schakel.Core.Audit;
using Schakel.Core.Figures;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Dashboard;

public sealed record FigureCount(string Label, IReadOnlyDictionary<string, string> Counts, string? Total);

public sealed record FiguresResponse(string By, string Period, string From, string To, int? Municipality, int? Region, bool Masked, string Caption, IReadOnlyList<FigureCount> Rows, IReadOnlyDictionary<string, string>? ColumnTotals, string? GrandTotal);

/// <summary>Aggregate figures for partner systems (X-Api-Key, always masked) and signed-in dashboard users.</summary>
public static class FiguresApi
{
    public static readonly IReadOnlyDictionary<string, string> By = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["form"] = FigureSet.Form, ["sector"] = FigureSet.Sector, ["meldertype"] = FigureSet.MelderType, ["agegroup"] = FigureSet.AgeGroup,
        ["gender"] = FigureSet.Gender, ["nationality"] = FigureSet.Nationality, ["nationalitygroup"] = FigureSet.NationalityGroup, ["victimsperyear"] = FigureSet.VictimsPerYear, ["municipality"] = FigureSet.Municipality, ["quarter"] = FigureSet.Quarter,
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/figures", GetAsync)
            // Either a partner key or a dashboard session may call; the handler decides, so neither scheme's challenge wins.
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Figures)
            .WithTags("Cijfers")
            .WithName("GetFigures")
            .WithSummary("Geaggregeerde aantallen voor aard en omvang")
            .WithDescription("Aantallen per vorm, sector, soort melder, leeftijdsgroep, geslacht, nationaliteit, nationaliteitsgroep, gemeente of kwartaal, en mogelijke slachtoffers in beeld per jaar, over één hele maand, kwartaal of jaar (period=2026-03, 2026-K1 of 2026; losse from/to geven 400). Met een X-Api-Key (en voor iedereen buiten het casusteam) zijn aantallen van 0 tot 4 \"<5\" en zijn alle andere aantallen en totalen licht verstoord met vaste ruis van hoogstens 2 (cell-key-methode): dezelfde vraag geeft altijd hetzelfde antwoord, en aftrekken van totalen of perioden levert geen verborgen aantal op. Te veel vragen achter elkaar geven 429.")
            .Produces<FiguresResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> GetAsync(HttpContext http, FigureQueries queries, FigureDisclosure disclosure, AuditLog audit, TimeProvider clock,
        string? region, string? municipality, string? period, string? from, string? to, string? by, CancellationToken ct)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            var key = await http.AuthenticateAsync(ApiKeyAuthentication.SchemeName);
            if (!key.Succeeded)
            {
                return TypedResults.Problem(title: "Niet geautoriseerd", statusCode: StatusCodes.Status401Unauthorized,
                    detail: $"Meld je aan of geef een geldige API-sleutel mee in de header {ApiKeyAuthentication.Header}.");
            }
            user = key.Principal;
            http.User = user;
        }
        else if (!await http.Guard().AllowsAsync(user, Policies.Aggregates))
        {
            return TypedResults.Problem(title: "Geen toegang", statusCode: StatusCodes.Status403Forbidden, detail: "Je rol heeft geen toegang tot de cijfers.");
        }

        var (filter, errors) = FigureFilter.ParsePeriod(period, from, to, municipality, region, DutchTime.Today(clock));
        var byKey = by ?? "form";
        if (!By.TryGetValue(byKey, out var tableKey))
        {
            errors["by"] = "Kies voor by een van: " + string.Join(", ", By.Keys) + ".";
        }
        if (filter is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "De parameters zijn niet juist");
        }
        var set = await queries.BuildAsync(filter, ct);
        var keys = await disclosure.ForAsync(http, user);
        var table = Disclosure.Apply(set[tableKey!], keys);
        await audit.RecordAsync(user, AuditAction.Export, AuditRecordType.Figures, filter.MunicipalityId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            details: $"api {byKey} {filter.Period}", cancellationToken: ct);
        return TypedResults.Ok(new FiguresResponse(byKey.ToLowerInvariant(), filter.Period, filter.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            filter.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), filter.MunicipalityId, filter.RegionId, keys is not null, table.Caption,
            table.Rows.Select(r => new FigureCount(r.Label, Zip(table.Columns, r.Cells), r.Total)).ToList(),
            table.ColumnTotals is null ? null : Zip(table.Columns, table.ColumnTotals), table.GrandTotal));
    }

    private static Dictionary<string, string> Zip(IReadOnlyList<string> columns, IReadOnlyList<string> values) =>
        columns.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
}

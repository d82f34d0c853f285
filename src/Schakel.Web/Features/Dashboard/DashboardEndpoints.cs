using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Dashboard;

/// <summary>Downloads of the dashboard tables with the same filters as the page.</summary>
public static class DashboardEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/dashboard.xlsx", (HttpContext http, FigureQueries q, FigureDisclosure d, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
            ExportAsync(http, q, d, audit, clock, "xlsx", ct)).RequireAuthorization(Policies.Aggregates).RequireRateLimiting(RateLimits.Figures).ExcludeFromDescription();
        app.MapGet("/dashboard.csv", (HttpContext http, FigureQueries q, FigureDisclosure d, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
            ExportAsync(http, q, d, audit, clock, "csv", ct)).RequireAuthorization(Policies.Aggregates).RequireRateLimiting(RateLimits.Figures).ExcludeFromDescription();
        app.MapGet("/dashboard/comensha.xlsx", (HttpContext http, CoMenshaExport export, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
            CoMenshaAsync(http, export, audit, clock, "xlsx", ct)).RequireAuthorization(Policies.CoMenshaExport).ExcludeFromDescription();
        app.MapGet("/dashboard/comensha.csv", (HttpContext http, CoMenshaExport export, AuditLog audit, TimeProvider clock, CancellationToken ct) =>
            CoMenshaAsync(http, export, audit, clock, "csv", ct)).RequireAuthorization(Policies.CoMenshaExport).ExcludeFromDescription();
    }

    private static async Task<IResult> CoMenshaAsync(HttpContext http, CoMenshaExport export, AuditLog audit, TimeProvider clock, string format, CancellationToken ct)
    {
        var today = DutchTime.Today(clock);
        var (filter, errors) = FigureFilter.Parse(http.Request.Query["from"], http.Request.Query["to"], null, null, today);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "De filters zijn niet juist");
        }
        var result = await export.BuildAsync(filter, today, ct);
        // Records leave the register here, so the export is audited with how many went out and how many were held back.
        await audit.RecordAsync(AuditAction.Export, AuditRecordType.CoMensha, null,
            details: $"{format} {filter.From:yyyy-MM-dd}..{filter.To:yyyy-MM-dd}: {result.Lines.Count} opgenomen, {result.WithoutConsent} zonder toestemming, {result.Withdrawn} ingetrokken",
            cancellationToken: ct);
        var name = $"comensha-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}";
        return format == "xlsx"
            ? TypedResults.File(CoMenshaExport.Excel(result), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : TypedResults.File(CoMenshaExport.Csv(result), "text/csv; charset=utf-8", name + ".csv");
    }

    private static async Task<IResult> ExportAsync(HttpContext http, FigureQueries queries, FigureDisclosure disclosure, AuditLog audit, TimeProvider clock, string format, CancellationToken ct)
    {
        var query = http.Request.Query;
        var (filter, errors) = FigureFilter.ParsePeriod(query["period"], query["from"], query["to"], query["municipality"], null, DutchTime.Today(clock));
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "De filters zijn niet juist");
        }
        var set = await queries.BuildAsync(filter, ct);
        var keys = await disclosure.ForAsync(http);
        await audit.RecordAsync(AuditAction.Export, AuditRecordType.Dashboard, filter.MunicipalityId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            details: $"{format} {filter.Period}", cancellationToken: ct);
        var name = $"dashboard-{filter.Period}";
        return format == "xlsx"
            ? TypedResults.File(FigureExports.Excel(set, keys), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : TypedResults.File(FigureExports.Csv(set, keys), "text/csv; charset=utf-8", name + ".csv");
    }
}

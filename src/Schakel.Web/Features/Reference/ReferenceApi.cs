using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Reference;

public sealed record CodeDto(string Code, string Label);
public sealed record IndicatorDto(string Code, string Form, string Label, int Weight, bool Critical);
public sealed record MunicipalityDto(int Id, string Name, int? Population, string Region);

/// <summary>Reference lists for partner systems. No personal data, so open without a key.</summary>
public static class ReferenceApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Referentielijsten").AllowAnonymous();
        group.MapGet("/forms", (SchakelDb db, CancellationToken ct) => Codes(db, ReferenceList.ExploitationForm, ct))
            .WithName("GetForms").WithSummary("Vormen van uitbuiting en verwante categorieën");
        group.MapGet("/melder-types", (SchakelDb db, CancellationToken ct) => Codes(db, ReferenceList.MelderType, ct))
            .WithName("GetMelderTypes").WithSummary("Soorten melders");
        group.MapGet("/sectors", (SchakelDb db, CancellationToken ct) => Codes(db, ReferenceList.Sector, ct))
            .WithName("GetSectors").WithSummary("Sectoren");
        group.MapGet("/indicators", async (SchakelDb db, CancellationToken ct) =>
                await db.Indicators.AsNoTracking().Where(i => i.Active).OrderBy(i => i.FormCode).ThenBy(i => i.SortOrder)
                    .Select(i => new IndicatorDto(i.Code, i.FormCode, i.Label, i.Weight, i.Critical)).ToListAsync(ct))
            .WithName("GetIndicators").WithSummary("Indicatoren per signaalkaart, met gewicht en kritiek-vlag");
        group.MapGet("/municipalities", async (SchakelDb db, CancellationToken ct) =>
                await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Municipality && o.Active).OrderBy(o => o.Name)
                    .Select(o => new MunicipalityDto(o.Id, o.Name, o.Population, o.Region!.Name)).ToListAsync(ct))
            .WithName("GetMunicipalities").WithSummary("Gemeenten met inwonertal");
    }

    private static async Task<List<CodeDto>> Codes(SchakelDb db, ReferenceList list, CancellationToken ct) =>
        await db.ReferenceItems.AsNoTracking().Where(i => i.List == list && i.Active).OrderBy(i => i.SortOrder)
            .Select(i => new CodeDto(i.Code, i.Label)).ToListAsync(ct);
}

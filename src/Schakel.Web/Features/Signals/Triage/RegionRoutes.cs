using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Signals.Triage;

/// <summary>The route after the attention officer of the region a municipality belongs to.</summary>
public static class RegionRoutes
{
    /// <summary>A signal without a municipality already lies with the chain director, so it goes straight on.</summary>
    public static async Task<TableRoute> ForMunicipalityAsync(SchakelDb db, int? municipalityId, CancellationToken ct) =>
        municipalityId is null
            ? TableRoute.Direct
            : await db.Organisations.Where(o => o.Id == municipalityId).Select(o => (TableRoute?)o.Region!.TableRoute).FirstOrDefaultAsync(ct) ?? TableRoute.Direct;
}

using Microsoft.EntityFrameworkCore;
using Schakel.Core.Care;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Care.Contracts;

/// <summary>
/// The one gate for exports that need the victim's consent (CoMensha report): a withdrawn consent takes the person
/// out of every export made on or after the day of withdrawal.
/// </summary>
public static class CareConsents
{
    public static Task<List<CareFile>> ValidForCoMenshaAsync(SchakelDb db, DateOnly at, CancellationToken cancellationToken = default) =>
        db.Set<CareFile>().AsNoTracking()
            .Where(f => db.Set<Consent>().Any(c => c.CareFileId == f.Id && c.Scope == ConsentScope.CoMenshaReport
                && c.GivenOn <= at && (c.WithdrawnOn == null || c.WithdrawnOn > at)))
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);

    public static Task<List<CareFile>> ValidForCoMenshaAsync(SchakelDb db, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ValidForCoMenshaAsync(db, DutchTime.Day(at), cancellationToken);
}

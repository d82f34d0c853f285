using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// Where a user's seats put them, loaded once per request: the own region (from the organisation), the regions and
/// tables where the user or their organisation has a real seat, the cases of those tables or directed by the user, and
/// the signals without a municipality that those tables have on their agenda. Roles alone never widen it.
/// </summary>
public sealed record AccessScope(
    int? OwnRegionId,
    IReadOnlySet<int> SeatTableIds,
    IReadOnlySet<int> SeatRegionIds,
    IReadOnlySet<int> CaseIds,
    IReadOnlySet<int> UnplacedAgendaSignalIds,
    IReadOnlyDictionary<int, int> RegionOfOrganisation)
{
    public static readonly AccessScope Empty = new(null, new HashSet<int>(), new HashSet<int>(), new HashSet<int>(), new HashSet<int>(), new Dictionary<int, int>());

    /// <summary>Signals the user was invited to advise on in a spoed-MDO, while that invitation still opens them (<see cref="AccessPolicy.ConsultedSignalIdsAsync"/>).</summary>
    public IReadOnlySet<int> ConsultedSignalIds { get; init; } = new HashSet<int>();
    /// <summary>Signals put to the user's municipality (OOV adviser) or escalated to the RIEC of the user's region.</summary>
    public IReadOnlySet<int> UnderminingSignalIds { get; init; } = new HashSet<int>();

    public int? RegionOf(int? organisationId) =>
        organisationId is { } id && RegionOfOrganisation.TryGetValue(id, out var region) ? region : null;

    /// <summary>Organisations (municipalities among them) of the given regions, for query filters that cannot join on a set.</summary>
    public List<int> OrganisationsIn(IEnumerable<int?> regions)
    {
        var set = regions.OfType<int>().ToHashSet();
        return RegionOfOrganisation.Where(kv => set.Contains(kv.Value)).Select(kv => kv.Key).ToList();
    }

    public static async Task<AccessScope> LoadAsync(SchakelDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.UserId() is not { } userId)
        {
            return Empty;
        }
        var regionOf = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.RegionId, ct);
        var ownRegion = user.OrganisationId() is { } org && regionOf.TryGetValue(org, out var r) ? r : (int?)null;
        var tables = (await db.Set<RegionalTable>().Include(t => t.Members).AsNoTracking().ToListAsync(ct))
            .Where(t => AccessPolicy.IsTableMember(user, t)).ToList();
        var tableIds = tables.Select(t => t.Id).ToHashSet();
        var cases = await db.Set<TableCase>().Where(c => tableIds.Contains(c.TableId) || c.DirectorUserId == userId).Select(c => c.Id).ToListAsync(ct);
        var unplaced = tableIds.Count == 0 ? [] : await db.Set<AgendaItem>()
            .Where(i => i.SignalId != null && i.Signal!.MunicipalityId == null && tableIds.Contains(i.Meeting!.TableId))
            .Select(i => i.SignalId!.Value).Distinct().ToListAsync(ct);
        return new AccessScope(ownRegion, tableIds, tables.Select(t => t.RegionId).ToHashSet(), cases.ToHashSet(), unplaced.ToHashSet(), regionOf)
        {
            ConsultedSignalIds = await AccessPolicy.ConsultedSignalIdsAsync(db, userId, ct),
            UnderminingSignalIds = await AccessPolicy.UnderminingSignalIdsAsync(db, user, ownRegion, ct),
        };
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Signals;
using Schakel.Core.Undermining;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// Need-to-know on the undermining route: the OOV adviser reads exactly the signals put to the adviser's municipality,
/// the RIEC exactly those escalated to the RIEC of its region (a referral closed later keeps them readable, so the
/// steps taken stay checkable). Neither works on the signal: the care route stays with the AF. Police-only content
/// lives on the case's criminal track, behind <see cref="Policies.PoliceDetails"/>, which neither role passes.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>The hook in <see cref="ForSignal"/>: read access through a referral in the user's scope.</summary>
    private static bool ReadsThroughReferral(ClaimsPrincipal user, Signal signal, AccessScope scope) =>
        (user.IsInRole(Roles.UnderminingAdvisor) || user.IsInRole(Roles.Riec)) && scope.UnderminingSignalIds.Contains(signal.Id);

    /// <summary>The same rule for <see cref="VisibleSignals"/>: the ids to add to the query filter.</summary>
    private static List<int> ReferredSignals(ClaimsPrincipal user, AccessScope scope) =>
        user.IsInRole(Roles.UnderminingAdvisor) || user.IsInRole(Roles.Riec) ? scope.UnderminingSignalIds.ToList() : [];

    /// <summary>The signals that referrals open to this user, loaded with the rest of the <see cref="AccessScope"/>.</summary>
    public static async Task<IReadOnlySet<int>> UnderminingSignalIdsAsync(SchakelDb db, ClaimsPrincipal user, int? ownRegion, CancellationToken ct)
    {
        var referrals = db.Set<UnderminingReferral>().AsNoTracking();
        var ids = new HashSet<int>();
        if (user.IsInRole(Roles.UnderminingAdvisor) && user.OrganisationId() is { } municipality)
        {
            ids.UnionWith(await referrals.Where(r => r.MunicipalityId == municipality).Select(r => r.SignalId).ToListAsync(ct));
        }
        if (user.IsInRole(Roles.Riec) && ownRegion is { } region)
        {
            ids.UnionWith(await referrals.Where(r => r.RiecRegionId == region && r.EscalatedAt != null).Select(r => r.SignalId).ToListAsync(ct));
        }
        return ids;
    }

    /// <summary>The OOV adviser of the referral's municipality takes the adviser's steps.</summary>
    public static bool AdvisesOn(ClaimsPrincipal user, UnderminingReferral referral) =>
        user.IsInRole(Roles.UnderminingAdvisor) && user.OrganisationId() == referral.MunicipalityId;

    /// <summary>The RIEC of the region the referral was escalated to takes the RIEC's steps.</summary>
    public static bool RiecOf(ClaimsPrincipal user, UnderminingReferral referral, AccessScope scope) =>
        user.IsInRole(Roles.Riec) && referral.RiecRegionId is { } region && scope.OwnRegionId == region;
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// Break-glass: a professional outside the case team may open one signal of the own region in an emergency after
/// stating why. The grant is read-only, lasts an hour, is announced at once to the privacy officer and the chain
/// director, and waits in the privacy officer's review queue; a rejection ends it.
/// </summary>
public static class BreakGlass
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(1);

    public static readonly IReadOnlyList<string> EligibleRoles =
        [Roles.AttentionOfficer, Roles.ProcessDirector, Roles.CareCoordinator, Roles.Police, Roles.Riec, Roles.UnderminingAdvisor];

    public static bool IsEligible(ClaimsPrincipal user) => EligibleRoles.Any(user.IsInRole);

    /// <summary>
    /// Only a signal placed in the user's own region may be opened: the region of its municipality, or of the reporting
    /// organisation while no municipality is known. A signal of no region at all is for the chain director to place.
    /// </summary>
    public static bool MayRequest(ClaimsPrincipal user, Signal signal, AccessScope scope) =>
        IsEligible(user) && scope.OwnRegionId is { } own
        && scope.RegionOf(signal.MunicipalityId ?? signal.MelderOrganisationId) == own;

    public static async Task<bool> HasGrantAsync(SchakelDb db, ClaimsPrincipal user, Signal signal, AccessScope scope, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!MayRequest(user, signal, scope) || user.UserId() is not { } userId)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        return await db.Set<BreakGlassUse>().AnyAsync(u => u.UserId == userId && u.SignalId == signal.Id && u.ExpiresAt > now && u.Approved != false, cancellationToken);
    }
}

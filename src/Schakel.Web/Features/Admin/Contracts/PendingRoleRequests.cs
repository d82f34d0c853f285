using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Features.Admin.RoleRequests;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.Contracts;

/// <summary>
/// How many role requests wait for this approver, for the start page: the accounts of the approver's own region, the
/// rule of <see cref="RoleRequestService.AccountsOfRegion"/> that the requests page (<c>/rolverzoeken</c>) lists by.
/// </summary>
public static class PendingRoleRequests
{
    public static Task<int> CountAsync(SchakelDb db, ClaimsPrincipal approver, CancellationToken ct)
    {
        var organisation = approver.OrganisationId() ?? -1;
        var region = db.Organisations.Where(o => o.Id == organisation).Select(o => o.RegionId);
        var accounts = db.Users.Where(u => db.Organisations.Any(o => o.Id == u.OrganisationId && region.Contains(o.RegionId))).Select(u => u.Id);
        return db.Set<RoleRequest>().CountAsync(r => r.Status == RoleRequestStatus.Pending && accounts.Contains(r.UserId), ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Notifications.Contracts;

/// <summary>Who hears at once that break-glass was used: the privacy officer and the chain director of the region.</summary>
public static class BreakGlassReviewers
{
    public static async Task<List<string>> ForRegionAsync(SchakelDb db, int regionId, CancellationToken ct)
    {
        var people = await (from u in db.Users
                            join ur in db.UserRoles on u.Id equals ur.UserId
                            join r in db.Roles on ur.RoleId equals r.Id
                            where u.Active && (r.Name == Roles.PrivacyOfficer || r.Name == Roles.ChainDirector)
                            select new { u.Id, Role = r.Name, u.Organisation!.RegionId }).ToListAsync(ct);
        var inRegion = people.Where(p => p.RegionId == regionId).ToList();
        // A region without its own privacy officer must still reach one: then every privacy officer hears of it.
        var privacy = inRegion.Any(p => p.Role == Roles.PrivacyOfficer) ? [] : people.Where(p => p.Role == Roles.PrivacyOfficer);
        return inRegion.Concat(privacy).Select(p => p.Id).Distinct().ToList();
    }
}

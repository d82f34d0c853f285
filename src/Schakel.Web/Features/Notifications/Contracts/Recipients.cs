using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Notifications.Contracts;

/// <summary>Who hears of something: the queries every feature asks before it notifies.</summary>
public static class Recipients
{
    /// <summary>The attention officers of the municipality, or the chain director when it has none (or none is known).</summary>
    public static async Task<List<string>> QueueOwnersAsync(SchakelDb db, int? municipalityId, CancellationToken cancellationToken)
    {
        if (municipalityId is { } id)
        {
            var officers = await InOrganisation(db, Roles.AttentionOfficer, id).ToListAsync(cancellationToken);
            if (officers.Count > 0)
            {
                return officers;
            }
        }
        return await UsersInRolesAsync(db, [Roles.ChainDirector], cancellationToken);
    }

    /// <summary>The active users with the role in the organisation (the AFs or OOV advisers of a municipality).</summary>
    public static IQueryable<string> InOrganisation(SchakelDb db, string role, int organisationId) =>
        ActiveInRole(db, role).Where(u => u.OrganisationId == organisationId).Select(u => u.Id).Distinct();

    /// <summary>The active users with the role in any organisation of the region; no region, nobody.</summary>
    public static IQueryable<string> InRegion(SchakelDb db, string role, int? regionId) =>
        ActiveInRole(db, role).Where(u => db.Organisations.Any(o => o.Id == u.OrganisationId && o.RegionId == regionId)).Select(u => u.Id).Distinct();

    private static IQueryable<Infrastructure.Identity.SchakelUser> ActiveInRole(SchakelDb db, string role) =>
        from u in db.Users
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where u.Active && r.Name == role
        select u;

    public static Task<List<string>> UsersInRolesAsync(SchakelDb db, string[] roles, CancellationToken cancellationToken) =>
        (from u in db.Users
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where u.Active && roles.Contains(r.Name!)
         select u.Id).Distinct().ToListAsync(cancellationToken);

    /// <summary>
    /// Users who sit at the tables of the municipality's region (all tables when the municipality is unknown); before
    /// any table is set up, the holders of the table partners' roles, so an acute signal never reaches nobody.
    /// </summary>
    public static async Task<List<string>> TableMembersAsync(SchakelDb db, int? municipalityId, string[] fallbackRoles, CancellationToken ct)
    {
        var regionId = municipalityId is null ? null : await db.Organisations.Where(o => o.Id == municipalityId).Select(o => (int?)o.RegionId).FirstOrDefaultAsync(ct);
        var tables = await db.Set<RegionalTable>().Include(t => t.Members).Where(t => regionId == null || t.RegionId == regionId).AsNoTracking().ToListAsync(ct);
        if (tables.Count == 0)
        {
            return await UsersInRolesAsync(db, fallbackRoles, ct);
        }
        var userIds = tables.SelectMany(t => t.Members.Select(m => m.UserId).Append(t.ChairUserId).Append(t.SecretaryUserId)).OfType<string>().ToHashSet();
        var orgIds = tables.SelectMany(t => t.Members).Where(m => m.OrganisationId is not null).Select(m => m.OrganisationId!.Value).ToList();
        var active = await db.Users.Where(u => u.Active && (userIds.Contains(u.Id) || orgIds.Contains(u.OrganisationId))).Select(u => u.Id).ToListAsync(ct);
        return active;
    }
}

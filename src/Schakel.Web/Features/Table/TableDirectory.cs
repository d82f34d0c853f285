using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

public sealed record MemberInfo(string UserId, string Name, string Organisation);

/// <summary>Loads tables, meetings and their members; every table page starts here before it checks access.</summary>
public sealed class TableDirectory(SchakelDb db, IAuthorizationService authorization)
{
    public Task<TableMeeting?> MeetingAsync(int id, CancellationToken ct) =>
        db.Set<TableMeeting>().Include(m => m.Table!).ThenInclude(t => t.Members).AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, ct);

    public Task<RegionalTable?> TableAsync(int id, CancellationToken ct) =>
        db.Set<RegionalTable>().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct);

    public async Task<List<RegionalTable>> TablesOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var seated = new List<RegionalTable>();
        foreach (var table in await db.Set<RegionalTable>().Include(t => t.Members).AsNoTracking().ToListAsync(ct))
        {
            if ((await authorization.AuthorizeAsync(user, table, TableOperations.Attend)).Succeeded)
            {
                seated.Add(table);
            }
        }
        return seated;
    }

    /// <summary>Everyone with a seat: named members and the people of member organisations, chair and secretary included.</summary>
    public async Task<List<MemberInfo>> MembersAsync(RegionalTable table, CancellationToken ct)
    {
        var userIds = table.Members.Where(m => m.UserId is not null).Select(m => m.UserId!)
            .Concat(new[] { table.ChairUserId, table.SecretaryUserId }.OfType<string>()).Distinct().ToList();
        var orgIds = table.Members.Where(m => m.OrganisationId is not null).Select(m => m.OrganisationId!.Value).ToList();
        var users = await db.Users.Where(u => u.Active && (userIds.Contains(u.Id) || orgIds.Contains(u.OrganisationId)))
            .Select(u => new { u.Id, u.DisplayName, Org = u.Organisation!.Name }).ToListAsync(ct);
        return users.Select(u => new MemberInfo(u.Id, u.DisplayName, u.Org)).OrderBy(u => u.Name).ToList();
    }

    /// <summary>
    /// Users who sit at the tables of the municipality's region (all tables when the municipality is unknown); before
    /// any table is set up, the holders of the table partners' roles, so an acute signal never reaches nobody.
    /// </summary>
    public static async Task<List<string>> MemberUserIdsAsync(SchakelDb db, int? municipalityId, string[] fallbackRoles, CancellationToken ct)
    {
        var regionId = municipalityId is null ? null : await db.Organisations.Where(o => o.Id == municipalityId).Select(o => (int?)o.RegionId).FirstOrDefaultAsync(ct);
        var tables = await db.Set<RegionalTable>().Include(t => t.Members).Where(t => regionId == null || t.RegionId == regionId).AsNoTracking().ToListAsync(ct);
        if (tables.Count == 0)
        {
            return await Signals.SignalIntake.UsersInRolesAsync(db, fallbackRoles, ct);
        }
        var userIds = tables.SelectMany(t => t.Members.Select(m => m.UserId).Append(t.ChairUserId).Append(t.SecretaryUserId)).OfType<string>().ToHashSet();
        var orgIds = tables.SelectMany(t => t.Members).Where(m => m.OrganisationId is not null).Select(m => m.OrganisationId!.Value).ToList();
        var active = await db.Users.Where(u => u.Active && (userIds.Contains(u.Id) || orgIds.Contains(u.OrganisationId))).Select(u => u.Id).ToListAsync(ct);
        return active;
    }

    public static string Describe(MemberInfo m) => $"{m.Name} ({m.Organisation})";
}

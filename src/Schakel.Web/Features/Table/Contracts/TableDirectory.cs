using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table.Contracts;

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

    public static string Describe(MemberInfo m) => $"{m.Name} ({m.Organisation})";
}

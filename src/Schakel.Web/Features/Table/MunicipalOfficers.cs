using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Table;

/// <summary>The active attention officers of municipalities: invited to a meeting for their items, candidates for case director.</summary>
public static class MunicipalOfficers
{
    public static async Task<List<MemberInfo>> OfAsync(SchakelDb db, IReadOnlyCollection<int> municipalityIds, CancellationToken ct)
    {
        if (municipalityIds.Count == 0)
        {
            return [];
        }
        var officers = await (from u in db.Users
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              where u.Active && municipalityIds.Contains(u.OrganisationId) && r.Name == Roles.AttentionOfficer
                              select new { u.Id, u.DisplayName, Org = u.Organisation!.Name }).Distinct().ToListAsync(ct);
        return officers.Select(u => new MemberInfo(u.Id, u.DisplayName, u.Org)).OrderBy(u => u.Name).ToList();
    }

    /// <summary>
    /// Who may be case director for an item: the table's members, and the attention officers of the municipality of
    /// the item's signal or of its case and the case's signals (IJsselland: the municipality may direct its own case).
    /// </summary>
    public static async Task<List<MemberInfo>> DirectorCandidatesAsync(SchakelDb db, AgendaItem item, IReadOnlyList<MemberInfo> members, CancellationToken ct)
    {
        var municipalities = new List<int?> { item.Signal?.MunicipalityId, item.Case?.MunicipalityId };
        if (item.CaseId is { } caseId)
        {
            municipalities.AddRange(await db.Signals.Where(s => s.CaseId == caseId).Select(s => s.MunicipalityId).ToListAsync(ct));
        }
        var officers = await OfAsync(db, municipalities.OfType<int>().Distinct().ToList(), ct);
        return members.Concat(officers.Where(o => members.All(m => m.UserId != o.UserId))).ToList();
    }
}

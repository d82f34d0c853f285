using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Consultations;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Consultations;

/// <summary>A partner the starter can invite, with what the list shows of them.</summary>
public sealed record Candidate(string UserId, string Name, string Organisation, string Role)
{
    public Invitee AsInvitee() => new(UserId, $"{Name}, {Organisation}");
}

/// <summary>
/// Who can be invited to a spoed-MDO about a signal: the partners of its region (police, care coordinator, process
/// director, RIEC, the OOV adviser), by organisation in the region or by a seat at one of its tables.
/// </summary>
public sealed class ConsultationCandidates(SchakelDb db)
{
    public static readonly string[] PartnerRoles = [Roles.Police, Roles.CareCoordinator, Roles.ProcessDirector, Roles.Riec, Roles.UnderminingAdvisor];

    public async Task<List<Candidate>> ForAsync(Signal signal, string? exceptUserId, CancellationToken ct)
    {
        var regionId = await db.Organisations.Where(o => o.Id == (signal.MunicipalityId ?? signal.MelderOrganisationId)).Select(o => (int?)o.RegionId).FirstOrDefaultAsync(ct);
        var tables = await db.Set<RegionalTable>().Include(t => t.Members).Where(t => t.RegionId == regionId).AsNoTracking().ToListAsync(ct);
        var seatUsers = tables.SelectMany(t => t.Members.Select(m => m.UserId).Append(t.ChairUserId).Append(t.SecretaryUserId)).OfType<string>().ToList();
        var seatOrgs = tables.SelectMany(t => t.Members).Where(m => m.OrganisationId is not null).Select(m => m.OrganisationId!.Value).ToList();
        var rows = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where u.Active && u.Id != exceptUserId && PartnerRoles.Contains(r.Name!)
                              && (u.Organisation!.RegionId == regionId || seatUsers.Contains(u.Id) || seatOrgs.Contains(u.OrganisationId))
                          select new { u.Id, u.DisplayName, Org = u.Organisation!.Name, Role = r.Name! }).ToListAsync(ct);
        return rows.GroupBy(r => r.Id)
            .Select(g => new Candidate(g.Key, g.First().DisplayName, g.First().Org, string.Join(", ", g.Select(r => Roles.Label(r.Role)).Order(StringComparer.Ordinal))))
            .OrderBy(c => c.Role, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }
}

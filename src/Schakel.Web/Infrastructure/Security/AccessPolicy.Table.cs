using System.Security.Claims;
using Schakel.Core.Accounts;
using Schakel.Core.Table;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// Need-to-know at the regional table: real membership (by person or by organisation), not a role, opens the table's
/// pages. The attention officer of a municipality sees only the items of that municipality, without the pre-round.
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>
    /// A municipality's seat lets the municipality join for its own items; it does not make each of its attention
    /// officers a full member. An attention officer sits at the table only with a seat of their own.
    /// </summary>
    private static readonly string[] OrganisationSeatRoles = PolicyRoles.TableSeat.Where(r => r != Roles.AttentionOfficer).ToArray();

    public static bool IsTableMember(ClaimsPrincipal user, RegionalTable table)
    {
        var userId = user.UserId();
        if (userId is null)
        {
            return false;
        }
        if (table.ChairUserId == userId || table.SecretaryUserId == userId || table.Members.Any(m => m.UserId == userId))
        {
            return true;
        }
        var org = user.OrganisationId();
        return org is not null && OrganisationSeatRoles.Any(user.IsInRole) && table.Members.Any(m => m.OrganisationId == org);
    }

    /// <summary>
    /// Setting up tables and seats: the application manager for every region, a chain director only in the own region,
    /// since a seat opens the region's signals.
    /// </summary>
    public static bool AdministersTablesOf(ClaimsPrincipal user, int? regionId, AccessScope scope) =>
        user.IsInRole(Roles.Administrator) || (user.IsInRole(Roles.ChainDirector) && regionId is not null && scope.OwnRegionId == regionId);

    /// <summary>The chair and the secretary prepare the meeting: agenda, pre-round, schedule.</summary>
    public static bool CanManageTable(ClaimsPrincipal user, RegionalTable table)
    {
        var userId = user.UserId();
        return userId is not null && (table.ChairUserId == userId || table.SecretaryUserId == userId);
    }

    /// <summary>The municipality whose items an attention officer may follow at a table they do not sit at.</summary>
    public static int? OwnMunicipalityAtTable(ClaimsPrincipal user) =>
        user.IsInRole(Roles.AttentionOfficer) ? user.OrganisationId() : null;

    public static Access ForTableItem(ClaimsPrincipal user, RegionalTable table, int? municipalityId)
    {
        if (IsTableMember(user, table))
        {
            return Access.Work;
        }
        return municipalityId is not null && OwnMunicipalityAtTable(user) == municipalityId ? Access.Read : Access.None;
    }

    /// <summary>
    /// A case crosses municipal borders when the table joins another municipality's signal to it: the attention officer
    /// of every municipality with a signal in the case reads it, police-only details excepted.
    /// </summary>
    public static Access ForCase(ClaimsPrincipal user, RegionalTable table, TableCase tableCase, IEnumerable<int?> signalMunicipalities)
    {
        var access = ForTableItem(user, table, tableCase.MunicipalityId);
        if (access == Access.None && OwnMunicipalityAtTable(user) is { } own && signalMunicipalities.Contains(own))
        {
            return Access.Read;
        }
        if (access == Access.None && tableCase.DirectorUserId is not null && tableCase.DirectorUserId == user.UserId())
        {
            return Access.Read;
        }
        return access;
    }
}

using System.Security.Claims;
using Schakel.Core.Accounts;
using Schakel.Core.Care;
using Schakel.Core.Table;

namespace Schakel.Web.Infrastructure.Security;

public enum CareAccess
{
    None = 0,
    /// <summary>Status and goals only: the municipality's attention officer.</summary>
    Summary = 1,
    /// <summary>Everything, including needs and clinical notes: the care coordinator.</summary>
    Full = 2,
}

/// <summary>
/// Need-to-know on care files: the care coordinator who keeps the file, or a care coordinator working at the case's
/// table, sees and edits everything; the attention officer of the case's municipality sees status and goals; nobody
/// else sees more than "care track open" on the case page.
/// </summary>
public static partial class AccessPolicy
{
    public static CareAccess ForCareFile(ClaimsPrincipal user, RegionalTable table, TableCase tableCase, CareFile? file)
    {
        if (user.IsInRole(Roles.CareCoordinator))
        {
            var userId = user.UserId();
            if ((file?.CoordinatorUserId is not null && file.CoordinatorUserId == userId) || IsTableMember(user, table))
            {
                return CareAccess.Full;
            }
        }
        if (tableCase.MunicipalityId is not null && OwnMunicipalityAtTable(user) == tableCase.MunicipalityId)
        {
            return CareAccess.Summary;
        }
        return CareAccess.None;
    }
}

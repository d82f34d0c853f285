using System.Security.Claims;
using Schakel.Core.Accounts;

namespace Schakel.Web.Infrastructure.Security;

public static partial class AccessPolicy
{
    /// <summary>
    /// The CoMensha report is the care coordinator's task; the chain director reports for the region when there is no
    /// care coordinator. Both see only consented records without direct identifiers, so no case-level check applies.
    /// </summary>
    public static bool MayExportCoMensha(ClaimsPrincipal user) =>
        user.IsInRole(Roles.CareCoordinator) || user.IsInRole(Roles.ChainDirector);
}

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

    /// <summary>
    /// The case team for figures is the chain director, who sees every signal of the region anyway: exact counts.
    /// Everyone else with the dashboard, and every partner key (whatever roles it carries), gets perturbed figures.
    /// </summary>
    public static bool SeesExactFigures(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType != ApiKeyAuthentication.SchemeName && user.IsInRole(Roles.ChainDirector);
}

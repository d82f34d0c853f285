using System.Security.Claims;
using Schakel.Core.Accounts;

namespace Schakel.Web.Infrastructure.Security;

public static partial class AccessPolicy
{
    /// <summary>
    /// The case team for figures is the chain director, who sees every signal of the region anyway: exact counts.
    /// Everyone else with the dashboard, and every partner key (whatever roles it carries), gets perturbed figures.
    /// </summary>
    public static bool SeesExactFigures(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType != ApiKeyAuthentication.SchemeName && user.IsInRole(Roles.ChainDirector);
}

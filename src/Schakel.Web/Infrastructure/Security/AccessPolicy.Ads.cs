using System.Security.Claims;
using Schakel.Core.Accounts;

namespace Schakel.Web.Infrastructure.Security;

public static partial class AccessPolicy
{
    /// <summary>
    /// Who screens ads: the RIEC, the undermining adviser (OOV) and the chain director. Ads are collected region-wide,
    /// before anyone knows which municipality they concern, so the municipality-bound attention officer does not screen
    /// them; the AF receives the signal an analyst makes from an ad in the ordinary queue.
    /// </summary>
    public const string AdAnalystRoles = Roles.Riec + "," + Roles.UnderminingAdvisor + "," + Roles.ChainDirector;

    /// <summary>The risk profile is read by the analysts and the administrator; only the administrator changes it.</summary>
    public const string AdProfileReaderRoles = AdAnalystRoles + "," + Roles.Administrator;

    public static bool CanScreenAds(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Riec) || user.IsInRole(Roles.UnderminingAdvisor) || user.IsInRole(Roles.ChainDirector);

    public static bool CanEditAdProfile(ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);
}

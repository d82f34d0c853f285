using System.Security.Claims;

namespace Schakel.Web.Infrastructure.Security;

public static partial class AccessPolicy
{
    public static bool CanScreenAds(ClaimsPrincipal user) => PolicyRoles.AdScreening.Any(user.IsInRole);
}

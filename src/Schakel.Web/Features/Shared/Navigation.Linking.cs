using System.Security.Claims;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    private static IEnumerable<NavItem> LinkingItems(ClaimsPrincipal user)
    {
        if (AccessPolicy.CanAssessLinks(user))
        {
            yield return new NavItem("Koppelen", "/koppelen");
        }
    }
}

using System.Security.Claims;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    private static IEnumerable<NavItem> AdsItems(ClaimsPrincipal user)
    {
        if (AccessPolicy.CanScreenAds(user))
        {
            yield return new NavItem("Advertenties", "/advertenties");
        }
        else if (AccessPolicy.CanEditAdProfile(user))
        {
            yield return new NavItem("Risicoprofiel advertenties", "/advertenties/profiel");
        }
    }
}

using System.Security.Claims;
using Schakel.Core.Accounts;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    private static IEnumerable<NavItem> CareItems(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.CareCoordinator))
        {
            yield return new NavItem("Mijn zorgdossiers", "/zorg");
        }
    }
}

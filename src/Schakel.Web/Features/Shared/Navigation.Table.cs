using System.Security.Claims;
using Schakel.Core.Accounts;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    /// <summary>Roles that can hold a seat at a table (attention officers follow their own items); the pages check real membership.</summary>
    private static readonly string[] TableSeatRoles =
        [Roles.ChainDirector, Roles.ProcessDirector, Roles.CareCoordinator, Roles.Police, Roles.Riec, Roles.UnderminingAdvisor];

    private static IEnumerable<NavItem> TableItems(ClaimsPrincipal user)
    {
        if (TableSeatRoles.Any(user.IsInRole) || user.IsInRole(Roles.AttentionOfficer))
        {
            yield return new NavItem("Regionale tafel", "/tafel");
        }
        if (user.IsInRole(Roles.ChainDirector) || user.IsInRole(Roles.Administrator))
        {
            yield return new NavItem("Tafels inrichten", "/tafel/beheer");
        }
        yield return new NavItem("Mijn acties", "/mijn-acties");
    }
}

using System.Security.Claims;
using Schakel.Core.Accounts;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    private static IEnumerable<NavItem> BasicLevelItems(ClaimsPrincipal user)
    {
        if (AccessPolicy.SeesBasicLevelOverview(user))
        {
            yield return new NavItem("Basisniveau", "/basisniveau/overzicht");
        }
        else if ((user.IsInRole(Roles.AttentionOfficer) || user.IsInRole(Roles.UnderminingAdvisor)) && user.OrganisationId() is { } org)
        {
            yield return new NavItem("Basisniveau", $"/basisniveau/{org}");
        }
        if (AccessPolicy.SeesBasicLevelOverview(user) || user.IsInRole(Roles.AttentionOfficer) || user.IsInRole(Roles.UnderminingAdvisor))
        {
            yield return new NavItem("Trainingen", "/trainingen");
        }
        if (user.IsInRole(Roles.Administrator))
        {
            yield return new NavItem("Bouwstenen", "/beheer/bouwstenen");
        }
    }
}

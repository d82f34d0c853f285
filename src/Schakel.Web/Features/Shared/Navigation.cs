using System.Security.Claims;
using Schakel.Core.Accounts;

namespace Schakel.Web.Features.Shared;

public sealed record NavItem(string Label, string Href);

/// <summary>The main menu per role. Hiding a link is a courtesy; every page still checks access on the server.</summary>
public static partial class Navigation
{
    public static IEnumerable<NavItem> For(ClaimsPrincipal user)
    {
        yield return new NavItem("Start", "/");
        if (user.IsInRole(Roles.Reporter) || user.IsInRole(Roles.AttentionOfficer) || user.IsInRole(Roles.ChainDirector)
            || user.IsInRole(Roles.ProcessDirector) || user.IsInRole(Roles.CareCoordinator) || user.IsInRole(Roles.Police)
            || user.IsInRole(Roles.Riec) || user.IsInRole(Roles.UnderminingAdvisor))
        {
            yield return new NavItem("Nieuwe melding", "/meldingen/nieuw");
        }
        if (user.IsInRole(Roles.AttentionOfficer) || user.IsInRole(Roles.ChainDirector))
        {
            yield return new NavItem("Wachtrij", "/meldingen");
        }
        if (user.IsInRole(Roles.ChainDirector))
        {
            yield return new NavItem("Regionaal overzicht", "/meldingen/regio");
        }
        if (user.IsInRole(Roles.PolicyMaker) || user.IsInRole(Roles.ChainDirector))
        {
            yield return new NavItem("Kostenverdeling", "/kosten");
        }
        if (user.IsInRole(Roles.PolicyMaker) || user.IsInRole(Roles.ChainDirector) || user.IsInRole(Roles.ProcessDirector)
            || user.IsInRole(Roles.AttentionOfficer) || user.IsInRole(Roles.Administrator))
        {
            yield return new NavItem("Dashboard", "/dashboard");
            yield return new NavItem("Jaarverslag", "/dashboard/jaarverslag");
        }
        if (Infrastructure.Security.AccessPolicy.MayExportCoMensha(user))
        {
            yield return new NavItem("CoMensha-aanmelding", "/dashboard/comensha");
        }
        foreach (var item in TableItems(user))
        {
            yield return item;
        }
        foreach (var item in BasicLevelItems(user))
        {
            yield return item;
        }
        foreach (var item in LinkingItems(user))
        {
            yield return item;
        }
        foreach (var item in CareItems(user))
        {
            yield return item;
        }
        foreach (var item in AdsItems(user))
        {
            yield return item;
        }
        if (user.IsInRole(Roles.Administrator))
        {
            yield return new NavItem("Gebruikers", "/beheer/gebruikers");
            yield return new NavItem("Organisaties", "/beheer/organisaties");
            yield return new NavItem("Referentielijsten", "/beheer/lijsten");
            yield return new NavItem("Kengetallen", "/beheer/kengetallen");
        }
        if (user.IsInRole(Roles.PrivacyOfficer))
        {
            yield return new NavItem("Auditlog", "/privacy/audit");
            yield return new NavItem("Verzoeken betrokkenen", "/privacy/personen");
            yield return new NavItem("Bewaartermijnen", "/privacy/bewaartermijnen");
            yield return new NavItem("Noodtoegang", "/privacy/noodtoegang");
        }
        if (RoleSeparation.Approvers.Any(user.IsInRole))
        {
            yield return new NavItem("Rolverzoeken", "/rolverzoeken");
        }
        yield return new NavItem("Tweestapsverificatie", "/account/tweestaps");
    }
}

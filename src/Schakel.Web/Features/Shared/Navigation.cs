using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public sealed record NavItem(string Label, string Href);

/// <summary>
/// The main menu per user. Each item asks the policy that gates its page (or the record rule for the own municipality),
/// so the menu cannot drift from the pages. Hiding a link is a courtesy; every page still checks access on the server.
/// </summary>
public static partial class Navigation
{
    public static async Task<IReadOnlyList<NavItem>> ForAsync(IAuthorizationService authorization, ClaimsPrincipal user)
    {
        var menu = new Menu(authorization, user);
        menu.Always("Start", "/");
        await menu.IfAsync(Policies.FileSignals, "Nieuwe melding", "/meldingen/nieuw");
        await menu.IfAsync(Policies.SignalQueue, "Wachtrij", "/meldingen");
        await menu.IfAsync(Policies.RegionalOverview, "Regionaal overzicht", "/meldingen/regio");
        await menu.IfAsync(Policies.RegionalOverview, "Triage", "/meldingen/triage");
        await menu.IfAsync(Policies.CostSharingMenu, "Kostenverdeling", "/kosten");
        await menu.IfAsync(Policies.Aggregates, "Dashboard", "/dashboard");
        await menu.IfAsync(Policies.Aggregates, "Jaarverslag", "/dashboard/jaarverslag");
        await menu.IfAsync(Policies.CoMenshaExport, "CoMensha-aanmelding", "/dashboard/comensha");
        await TableItemsAsync(menu);
        await ConsultationItemsAsync(menu);
        await BasicLevelItemsAsync(menu);
        await LinkingItemsAsync(menu);
        await CareItemsAsync(menu);
        await AdsItemsAsync(menu);
        await UnderminingItemsAsync(menu);
        await menu.IfAsync(Policies.Administration, "Gebruikers", "/beheer/gebruikers");
        await menu.IfAsync(Policies.Administration, "Organisaties", "/beheer/organisaties");
        await menu.IfAsync(Policies.Administration, "Referentielijsten", "/beheer/lijsten");
        await menu.IfAsync(Policies.Administration, "Kengetallen", "/beheer/kengetallen");
        await menu.IfAsync(Policies.Administration, "Uitgaande e-mail", "/beheer/uitgaande-mail");
        await menu.IfAsync(Policies.HistoryImport, "Import", "/beheer/import");
        await menu.IfAsync(Policies.Privacy, "Auditlog", "/privacy/audit");
        await menu.IfAsync(Policies.Privacy, "Verzoeken betrokkenen", "/privacy/personen");
        await menu.IfAsync(Policies.Privacy, "Bewaartermijnen", "/privacy/bewaartermijnen");
        await menu.IfAsync(Policies.Privacy, "Noodtoegang", "/privacy/noodtoegang");
        await menu.IfAsync(Policies.RoleRequestReview, "Rolverzoeken", "/rolverzoeken");
        menu.Always("Tweestapsverificatie", "/account/tweestaps");
        return menu.Items;
    }

    /// <summary>The items collected so far, each added only when the user passes its check.</summary>
    private sealed class Menu(IAuthorizationService authorization, ClaimsPrincipal user)
    {
        public List<NavItem> Items { get; } = [];
        public ClaimsPrincipal User => user;

        public void Always(string label, string href) => Items.Add(new NavItem(label, href));

        public Task<bool> AllowsAsync(string policy) => Allowed(authorization.AuthorizeAsync(user, policy));

        public Task<bool> AllowsAsync(object resource, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation) =>
            Allowed(authorization.AuthorizeAsync(user, resource, operation));

        public async Task<bool> IfAsync(string policy, string label, string href)
        {
            var allowed = await AllowsAsync(policy);
            if (allowed)
            {
                Always(label, href);
            }
            return allowed;
        }

        private static async Task<bool> Allowed(Task<AuthorizationResult> result) => (await result).Succeeded;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public sealed record NavItem(string Label, string Href);

/// <summary>A task area of the main menu (Meldingen, Regionale tafel, ...) with the pages of it the user may open.</summary>
public sealed record NavGroup(string Label, IReadOnlyList<NavItem> Items);

/// <summary>
/// The main menu per user, grouped by task. Each item asks the policy that gates its page (or the record rule for the
/// own municipality), so the menu cannot drift from the pages; a group without items is left out. Hiding a link is a
/// courtesy; every page still checks access on the server. The account pages (password, e-mail, two-step) are not in
/// this menu: the layout shows them beside the user's name.
/// </summary>
public static partial class Navigation
{
    public const string StartGroup = "Start";

    public static async Task<IReadOnlyList<NavGroup>> ForAsync(IAuthorizationService authorization, ClaimsPrincipal user)
    {
        var menu = new Menu(authorization, user);
        menu.Group(StartGroup);
        menu.Always("Start", "/");
        await SignalItemsAsync(menu);
        await TableItemsAsync(menu);
        await UnderminingItemsAsync(menu);
        await CareItemsAsync(menu);
        await LinkingItemsAsync(menu);
        await AdsItemsAsync(menu);
        await FigureItemsAsync(menu);
        await BasicLevelItemsAsync(menu);
        await AdministrationItemsAsync(menu);
        await PrivacyItemsAsync(menu);
        return menu.Groups();
    }

    private static async Task SignalItemsAsync(Menu menu)
    {
        menu.Group("Meldingen");
        await menu.IfAsync(Policies.FileSignals, "Nieuwe melding", "/meldingen/nieuw");
        await menu.IfAsync(Policies.SignalQueue, "Wachtrij", "/meldingen");
        await menu.IfAsync(Policies.RegionalOverview, "Regionaal overzicht", "/meldingen/regio");
        await menu.IfAsync(Policies.RegionalOverview, "Triage", "/meldingen/triage");
    }

    private static async Task FigureItemsAsync(Menu menu)
    {
        menu.Group("Cijfers");
        await menu.IfAsync(Policies.Aggregates, "Dashboard", "/dashboard");
        await menu.IfAsync(Policies.Aggregates, "Jaarverslag", "/dashboard/jaarverslag");
        await menu.IfAsync(Policies.CoMenshaExport, "CoMensha-aanmelding", "/dashboard/comensha");
    }

    private static async Task AdministrationItemsAsync(Menu menu)
    {
        menu.Group("Beheer");
        await menu.IfAsync(Policies.Administration, "Gebruikers", "/beheer/gebruikers");
        await menu.IfAsync(Policies.Administration, "Organisaties", "/beheer/organisaties");
        await menu.IfAsync(Policies.Administration, "Referentielijsten", "/beheer/lijsten");
        await menu.IfAsync(Policies.Administration, "Kengetallen", "/beheer/kengetallen");
        await menu.IfAsync(Policies.Administration, "Uitgaande e-mail", "/beheer/uitgaande-mail");
        await menu.IfAsync(Policies.HistoryImport, "Import", "/beheer/import");
        await menu.IfAsync(Policies.RoleRequestReview, "Rolverzoeken", "/rolverzoeken");
    }

    private static async Task PrivacyItemsAsync(Menu menu)
    {
        menu.Group("Privacy");
        await menu.IfAsync(Policies.Privacy, "Auditlog", "/privacy/audit");
        await menu.IfAsync(Policies.Privacy, "Verzoeken betrokkenen", "/privacy/personen");
        await menu.IfAsync(Policies.Privacy, "Bewaartermijnen", "/privacy/bewaartermijnen");
        await menu.IfAsync(Policies.Privacy, "Noodtoegang", "/privacy/noodtoegang");
    }

    /// <summary>The items collected so far, each added to the open group only when the user passes its check.</summary>
    private sealed class Menu(IAuthorizationService authorization, ClaimsPrincipal user)
    {
        private readonly List<(string Label, List<NavItem> Items)> groups = [];

        public ClaimsPrincipal User => user;

        public void Group(string label) => groups.Add((label, []));

        public void Always(string label, string href) => groups[^1].Items.Add(new NavItem(label, href));

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

        public IReadOnlyList<NavGroup> Groups() => [.. groups.Where(g => g.Items.Count > 0).Select(g => new NavGroup(g.Label, g.Items))];

        private static async Task<bool> Allowed(Task<AuthorizationResult> result) => (await result).Succeeded;
    }
}

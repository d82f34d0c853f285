using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    private static async Task BasicLevelItemsAsync(Menu menu)
    {
        menu.Group("Basisniveau");
        if (!await menu.IfAsync(Policies.BasicLevelOverview, "Basisniveau", "/basisniveau/overzicht")
            && menu.User.OrganisationId() is { } org && await menu.AllowsAsync(new MunicipalityBasicLevel(org), BasicLevelOperations.Edit))
        {
            menu.Always("Basisniveau", $"/basisniveau/{org}");
        }
        await menu.IfAsync(Policies.BasicLevel, "Trainingen", "/trainingen");
        await menu.IfAsync(Policies.Administration, "Bouwstenen", "/beheer/bouwstenen");
    }
}

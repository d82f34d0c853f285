using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    /// <summary>Care files and the shelter costs the municipalities share for them.</summary>
    private static async Task CareItemsAsync(Menu menu)
    {
        menu.Group("Zorg");
        await menu.IfAsync(Policies.CareFiles, "Mijn zorgdossiers", "/zorg");
        await menu.IfAsync(Policies.CostSharingMenu, "Kostenverdeling", "/kosten");
    }
}

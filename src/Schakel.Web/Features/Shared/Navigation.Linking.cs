using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    private static async Task LinkingItemsAsync(Menu menu)
    {
        menu.Group("Koppelen");
        await menu.IfAsync(Policies.LinkAssessment, "Koppelen", "/koppelen");
    }
}

using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    private static async Task AdsItemsAsync(Menu menu)
    {
        menu.Group("Advertenties");
        if (!await menu.IfAsync(Policies.AdScreening, "Advertenties", "/advertenties"))
        {
            await menu.IfAsync(Policies.AdProfile, "Risicoprofiel advertenties", "/advertenties/profiel");
        }
    }
}

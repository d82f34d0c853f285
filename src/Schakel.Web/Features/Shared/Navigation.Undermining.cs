using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    private static async Task UnderminingItemsAsync(Menu menu)
    {
        menu.Group("Ondermijning");
        await menu.IfAsync(Policies.UnderminingQueue, "Voorleggingen ondermijning", "/ondermijning");
        await menu.IfAsync(Policies.RiecQueue, "Escalaties RIEC", "/ondermijning/riec");
    }
}

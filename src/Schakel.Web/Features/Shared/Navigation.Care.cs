using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    private static async Task CareItemsAsync(Menu menu) => await menu.IfAsync(Policies.CareFiles, "Mijn zorgdossiers", "/zorg");
}

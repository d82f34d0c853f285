using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    private static async Task TableItemsAsync(Menu menu)
    {
        menu.Group("Regionale tafel");
        // Offered to whoever can hold a seat (attention officers follow their own items); the pages check real membership.
        await menu.IfAsync(Policies.TableSeat, "Regionale tafel", "/tafel");
        menu.Always("Mijn acties", "/mijn-acties");
        await ConsultationItemsAsync(menu);
        await menu.IfAsync(Policies.TableAdministration, "Tafels inrichten", "/tafel/beheer");
    }
}

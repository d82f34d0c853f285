using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

public static partial class Navigation
{
    /// <summary>Offered to those who start a spoed-MDO or can be invited to one; the list shows only their own.</summary>
    private static Task ConsultationItemsAsync(Menu menu) => menu.IfAsync(Policies.TableSeat, "Spoed-MDO's", "/spoed-mdo");
}

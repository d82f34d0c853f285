using System.Runtime.CompilerServices;

namespace Schakel.Web.Features.Admin.RoleRequests;

/// <summary>The Dutch words for where a role request stands, handed to the one catalogue when the web assembly loads.</summary>
public static class RoleRequestLabels
{
    public static string Dutch(RoleRequestStatus status) => status switch
    {
        RoleRequestStatus.Pending => "Wacht op beoordeling",
        RoleRequestStatus.Approved => "Goedgekeurd",
        RoleRequestStatus.Rejected => "Afgewezen",
        _ => status.ToString(),
    };

    [ModuleInitializer]
    internal static void Register() => Schakel.Core.Labels.Dutch.Register<RoleRequestStatus>(Dutch);
}

using System.Security.Claims;

namespace Schakel.Web.Infrastructure.Security;

public static class SchakelClaims
{
    public const string Organisation = "schakel:org";
    public const string OrganisationName = "schakel:orgname";
    public const string DisplayName = "schakel:name";
    /// <summary>The region of the user's organisation, shown in the page header.</summary>
    public const string RegionName = "schakel:regionname";

    public static int? OrganisationId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(Organisation), out var id) ? id : null;

    public static string DisplayName_(this ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "onbekend";

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>How a person is named in the records they leave (events, notes, decisions): name and organisation.</summary>
    public static string ActorName(this ClaimsPrincipal user) => $"{user.DisplayName_()} ({user.FindFirstValue(OrganisationName)})";
}

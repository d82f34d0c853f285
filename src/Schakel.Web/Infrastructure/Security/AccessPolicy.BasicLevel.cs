using System.Security.Claims;
using Schakel.Core.Accounts;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// The basic level belongs to the municipality: only its own attention officers and undermining advisers record its
/// checklist, action points, sessions and contacts. The region reads everything; the chain director owns the region's
/// own action points and records sessions held at partners.
/// </summary>
public static partial class AccessPolicy
{
    public static bool SeesBasicLevelOverview(ClaimsPrincipal user) => PolicyRoles.BasicLevelOverview.Any(user.IsInRole);

    public static bool EditsBasicLevelOf(ClaimsPrincipal user, int municipalityId) =>
        PolicyRoles.BasicLevelEditors.Any(user.IsInRole) && user.OrganisationId() == municipalityId;

    public static bool SeesBasicLevelOf(ClaimsPrincipal user, int municipalityId) =>
        SeesBasicLevelOverview(user) || EditsBasicLevelOf(user, municipalityId);

    /// <summary>A municipality's action point is its own; a regional one (no municipality) is the chain director's.</summary>
    public static bool EditsActionPoint(ClaimsPrincipal user, int? municipalityId) =>
        municipalityId is { } m ? EditsBasicLevelOf(user, m) : user.IsInRole(Roles.ChainDirector);

    /// <summary>Sessions at a municipality are recorded by its staff; sessions at partners by the chain director.</summary>
    public static bool RecordsSessionsFor(ClaimsPrincipal user, int organisationId, bool isMunicipality) =>
        isMunicipality ? EditsBasicLevelOf(user, organisationId) : user.IsInRole(Roles.ChainDirector);
}

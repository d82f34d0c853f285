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
    /// <summary>Roles that see the regional state of affairs (as a comma list for [Authorize(Roles = ...)]).</summary>
    public const string BasicLevelOverviewRoles = Roles.PolicyMaker + "," + Roles.ChainDirector + "," + Roles.ProcessDirector + "," + Roles.Administrator;

    /// <summary>Everyone who works with the basic level at all: the overview roles plus the municipalities' own staff.</summary>
    public const string BasicLevelRoles = BasicLevelOverviewRoles + "," + Roles.AttentionOfficer + "," + Roles.UnderminingAdvisor;

    private static readonly string[] OverviewRoleList = BasicLevelOverviewRoles.Split(',');

    public static bool SeesBasicLevelOverview(ClaimsPrincipal user) => OverviewRoleList.Any(user.IsInRole);

    public static bool EditsBasicLevelOf(ClaimsPrincipal user, int municipalityId) =>
        (user.IsInRole(Roles.AttentionOfficer) || user.IsInRole(Roles.UnderminingAdvisor)) && user.OrganisationId() == municipalityId;

    public static bool SeesBasicLevelOf(ClaimsPrincipal user, int municipalityId) =>
        SeesBasicLevelOverview(user) || EditsBasicLevelOf(user, municipalityId);

    /// <summary>A municipality's action point is its own; a regional one (no municipality) is the chain director's.</summary>
    public static bool EditsActionPoint(ClaimsPrincipal user, int? municipalityId) =>
        municipalityId is { } m ? EditsBasicLevelOf(user, m) : user.IsInRole(Roles.ChainDirector);

    /// <summary>Sessions at a municipality are recorded by its staff; sessions at partners by the chain director.</summary>
    public static bool RecordsSessionsFor(ClaimsPrincipal user, int organisationId, bool isMunicipality) =>
        isMunicipality ? EditsBasicLevelOf(user, organisationId) : user.IsInRole(Roles.ChainDirector);

    public static bool ManagesTrainingCatalogue(ClaimsPrincipal user) =>
        user.IsInRole(Roles.ChainDirector) || user.IsInRole(Roles.Administrator);
}

using System.Security.Claims;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// The municipality at the table (IJsselland): a meeting invites the municipality of each of its items. The invited
/// municipality's attention officer reads the meeting for those items only and decides nothing (no Attend).
/// </summary>
public static partial class AccessPolicy
{
    /// <summary>The user is an attention officer of a municipality the meeting invited.</summary>
    public static bool IsInvitedGuest(ClaimsPrincipal user, IEnumerable<int> invitedOrganisations) =>
        OwnMunicipalityAtTable(user) is { } own && invitedOrganisations.Contains(own);

    /// <summary>
    /// An item a reader without a seat may see: one of the own municipality, by the item's own municipality (the case's
    /// or the signal's) or by any signal of its case, since a case may join signals of several municipalities.
    /// </summary>
    public static bool SeesItemWithoutSeat(ClaimsPrincipal user, int? itemMunicipality, IEnumerable<int?> signalMunicipalities) =>
        OwnMunicipalityAtTable(user) is { } own && (itemMunicipality == own || signalMunicipalities.Contains(own));
}

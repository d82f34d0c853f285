using System.Security.Claims;
using Schakel.Core.Accounts;
using Schakel.Core.Signals;

namespace Schakel.Web.Infrastructure.Security;

public enum Access
{
    None = 0,
    Read = 1,
    Work = 2,
}

/// <summary>
/// Need-to-know, decided in one place for every page and endpoint that shows a signal: the municipality's attention
/// officers and the chain director of the region work on it; table partners read it only while it is on (or acute for)
/// a table of a region where they have a seat, or while it is part of a case they take part in; nobody else sees it.
/// </summary>
public static partial class AccessPolicy
{
    public static Access ForSignal(ClaimsPrincipal user, Signal signal, AccessScope scope)
    {
        if (user.IsInRole(Roles.AttentionOfficer) && signal.MunicipalityId is { } m && user.OrganisationId() == m)
        {
            return Access.Work;
        }
        if (user.IsInRole(Roles.ChainDirector) && scope.OwnRegionId is { } own && ChainDirectorRegionMatches(signal, scope, own))
        {
            return Access.Work;
        }
        if (PolicyRoles.TablePartners.Any(user.IsInRole) && IsPartnerVisible(signal, scope))
        {
            return Access.Read;
        }
        if (ReadsThroughReferral(user, signal, scope))
        {
            return Access.Read;
        }
        return IsConsulted(signal, scope) ? Access.Read : Access.None;
    }

    /// <summary>
    /// A signal without a municipality belongs to the region of the organisation that reported it; one reported through
    /// the public form belongs to no region yet and waits for any chain director to place it.
    /// </summary>
    private static bool ChainDirectorRegionMatches(Signal signal, AccessScope scope, int ownRegion) =>
        signal.MunicipalityId is not null
            ? scope.RegionOf(signal.MunicipalityId) == ownRegion
            : signal.MelderOrganisationId is null || scope.RegionOf(signal.MelderOrganisationId) == ownRegion;

    private static bool IsPartnerVisible(Signal signal, AccessScope scope)
    {
        if (signal.CaseId is { } caseId && scope.CaseIds.Contains(caseId))
        {
            return true;
        }
        if (!IsAtTable(signal.Status, signal.IsAcute))
        {
            return false;
        }
        return signal.MunicipalityId is not null
            ? scope.RegionOf(signal.MunicipalityId) is { } region && scope.SeatRegionIds.Contains(region)
            : scope.UnplacedAgendaSignalIds.Contains(signal.Id);
    }

    private static bool IsAtTable(SignalStatus status, bool acute) =>
        status is SignalStatus.RegisteredForTable or SignalStatus.ClosedByTable || acute;

    /// <summary>The same rule as a query filter, so lists never load a row the user may not see.</summary>
    public static IQueryable<Signal> VisibleSignals(this IQueryable<Signal> signals, ClaimsPrincipal user, AccessScope scope)
    {
        var orgId = user.OrganisationId() ?? -1;
        var isOfficer = user.IsInRole(Roles.AttentionOfficer);
        var isDirector = user.IsInRole(Roles.ChainDirector) && scope.OwnRegionId is not null;
        var isPartner = PolicyRoles.TablePartners.Any(user.IsInRole);
        var ownRegionOrgs = isDirector ? scope.OrganisationsIn([scope.OwnRegionId]) : [];
        var seatRegionOrgs = isPartner ? scope.OrganisationsIn(scope.SeatRegionIds.Select(r => (int?)r)) : [];
        var cases = isPartner ? scope.CaseIds.ToList() : [];
        var unplaced = isPartner ? scope.UnplacedAgendaSignalIds.ToList() : [];
        var consulted = scope.ConsultedSignalIds.ToList();
        var referred = ReferredSignals(user, scope);
        return signals.Where(s =>
            (isOfficer && s.MunicipalityId == orgId)
            || (isDirector && (s.MunicipalityId != null
                ? ownRegionOrgs.Contains(s.MunicipalityId.Value)
                : s.MelderOrganisationId == null || ownRegionOrgs.Contains(s.MelderOrganisationId.Value)))
            || (isPartner && ((s.CaseId != null && cases.Contains(s.CaseId.Value))
                || ((s.Status == SignalStatus.RegisteredForTable || s.Status == SignalStatus.ClosedByTable || s.IsAcute)
                    && (s.MunicipalityId != null ? seatRegionOrgs.Contains(s.MunicipalityId.Value) : unplaced.Contains(s.Id)))))
            || consulted.Contains(s.Id)
            || referred.Contains(s.Id));
    }
}

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
/// officers and the chain director work on it; table partners read what is on the table or acute; nobody else sees it.
/// </summary>
public static partial class AccessPolicy
{
    private static readonly string[] TablePartnerRoles = [Roles.ProcessDirector, Roles.CareCoordinator, Roles.Police, Roles.Riec];

    public static Access ForSignal(ClaimsPrincipal user, Signal signal)
    {
        if (user.IsInRole(Roles.ChainDirector))
        {
            return Access.Work;
        }
        if (user.IsInRole(Roles.AttentionOfficer) && signal.MunicipalityId is { } m && user.OrganisationId() == m)
        {
            return Access.Work;
        }
        if (TablePartnerRoles.Any(user.IsInRole) && (signal.Status is SignalStatus.RegisteredForTable or SignalStatus.ClosedByTable || signal.IsAcute))
        {
            return Access.Read;
        }
        return Access.None;
    }

    /// <summary>The same rule as a query filter, so lists never load a row the user may not see.</summary>
    public static IQueryable<Signal> VisibleSignals(this IQueryable<Signal> signals, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.ChainDirector))
        {
            return signals;
        }
        var orgId = user.OrganisationId() ?? -1;
        var isOfficer = user.IsInRole(Roles.AttentionOfficer);
        var isPartner = TablePartnerRoles.Any(user.IsInRole);
        return signals.Where(s =>
            (isOfficer && s.MunicipalityId == orgId)
            || (isPartner && (s.Status == SignalStatus.RegisteredForTable || s.Status == SignalStatus.ClosedByTable || s.IsAcute)));
    }
}

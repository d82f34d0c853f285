using System.Security.Claims;
using Schakel.Core.Accounts;
using Schakel.Core.Signals;

namespace Schakel.Web.Infrastructure.Security;

public static partial class AccessPolicy
{
    /// <summary>Only the ketenregisseur assesses links across municipalities: confirming or rejecting, and the linking pages.</summary>
    public static bool CanAssessLinks(ClaimsPrincipal user) => user.IsInRole(Roles.ChainDirector);

    /// <summary>
    /// Whether the other side of a possible link may be shown with its reference and person. Someone who may not see
    /// that signal learns only that a possible link exists, never to which signal or person.
    /// </summary>
    public static bool CanSeeLinkedSignal(ClaimsPrincipal user, Signal other, AccessScope scope) => ForSignal(user, other, scope) != Access.None;
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Schakel.Core.Undermining;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>An undermining referral with the user's scope, which says the user's own region (for the RIEC).</summary>
public sealed record ReferralInScope(UnderminingReferral Referral, AccessScope Scope);

/// <summary>Advise is the OOV adviser's, RiecStep the RIEC's (only once escalated); Read either of them.</summary>
public sealed class UnderminingReferralHandler : AuthorizationHandler<OperationAuthorizationRequirement, ReferralInScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ReferralInScope resource)
    {
        var advisor = AccessPolicy.AdvisesOn(context.User, resource.Referral);
        var riec = AccessPolicy.RiecOf(context.User, resource.Referral, resource.Scope);
        if (requirement == UnderminingOperations.Advise ? advisor
            : requirement == UnderminingOperations.RiecStep ? riec
            : requirement == UnderminingOperations.Read && (advisor || riec))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Schakel.Core.Accounts;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// Triage is the chain director's step: only a chain director who works on the signal (that is, of its region) takes it.
/// The attention officer of the municipality works on the same signal but never triages it.
/// </summary>
public static partial class AccessPolicy
{
    public static bool TriagesSignal(ClaimsPrincipal user, Core.Signals.Signal signal, AccessScope scope) =>
        user.IsInRole(Roles.ChainDirector) && ForSignal(user, signal, scope) == Access.Work;
}

/// <summary>The chain director's triage steps on a signal (resource: <see cref="SignalInScope"/>).</summary>
public static class TriageOperations
{
    public static readonly OperationAuthorizationRequirement Triage = new() { Name = "Signal." + nameof(Triage) };
}

public sealed class TriageAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, SignalInScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, SignalInScope resource)
    {
        if (requirement == TriageOperations.Triage && AccessPolicy.TriagesSignal(context.User, resource.Signal, resource.Scope))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Schakel.Web.Infrastructure.Security;

// Resource-based handlers: each adapts one AccessPolicy rule to the named operations of its record kind. The rules
// themselves stay in AccessPolicy; a handler only says which level of access an operation needs.

/// <summary>Read needs any access to the signal, Work the municipality's or the chain director's.</summary>
public sealed class SignalAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, SignalInScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, SignalInScope resource)
    {
        var access = AccessPolicy.ForSignal(context.User, resource.Signal, resource.Scope);
        if (requirement == SignalOperations.Work ? access == Access.Work : requirement == SignalOperations.Read && access != Access.None)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Read needs any access to the case, Decide a seat at its table.</summary>
public sealed class CaseAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CaseAtTable>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CaseAtTable resource)
    {
        var access = AccessPolicy.ForCase(context.User, resource.Table, resource.Case, resource.SignalMunicipalities);
        if (requirement == CaseOperations.Decide ? access == Access.Work : requirement == CaseOperations.Read && access != Access.None)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Read needs the summary (status and goals), Edit the full file.</summary>
public sealed class CareFileAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CareFileAtTable>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CareFileAtTable resource)
    {
        var access = AccessPolicy.ForCareFile(context.User, resource.Table, resource.Case, resource.File);
        if (requirement == CareFileOperations.Edit ? access == CareAccess.Full : requirement == CareFileOperations.Read && access != CareAccess.None)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Read of the basic level is the region's or the municipality's own staff; Edit only the latter.</summary>
public sealed class BasicLevelAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, MunicipalityBasicLevel>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, MunicipalityBasicLevel resource)
    {
        if (requirement == BasicLevelOperations.Edit ? AccessPolicy.EditsBasicLevelOf(context.User, resource.MunicipalityId)
            : requirement == BasicLevelOperations.Read && AccessPolicy.SeesBasicLevelOf(context.User, resource.MunicipalityId))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Everyone with the basic level reads action points; Edit is the owning municipality's or, for regional ones, the chain director's.</summary>
public sealed class ActionPointAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ActionPointOwner>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ActionPointOwner resource)
    {
        if (requirement == BasicLevelOperations.Edit && AccessPolicy.EditsActionPoint(context.User, resource.MunicipalityId))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

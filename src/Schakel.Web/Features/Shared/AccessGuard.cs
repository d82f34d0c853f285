using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

/// <summary>
/// How a refused record is answered and kept: the audit record type and id, and whether the refusal hides the record.
/// Record numbers are sequential, so a record the user may not even see answers 404, as an id that does not exist;
/// probing ids then learns nothing. One the user sees but may not use this way answers 403.
/// </summary>
public sealed record Refusal(AuditRecordType RecordType, string? RecordId, OperationAuthorizationRequirement? HiddenUnless = null, bool AlwaysHidden = false, string? Details = null)
{
    /// <summary>Always 403: the record's existence is no secret to this user.</summary>
    public static Refusal Forbidden(AuditRecordType recordType, string? recordId, string? details = null) => new(recordType, recordId, Details: details);

    /// <summary>Always 404: whoever may not do this learns nothing of the record.</summary>
    public static Refusal Hidden(AuditRecordType recordType, string? recordId) => new(recordType, recordId, AlwaysHidden: true);

    /// <summary>404 for whoever may not <paramref name="read"/> the record, 403 for whoever may read it but not do this.</summary>
    public static Refusal HiddenUnlessAllowed(OperationAuthorizationRequirement read, AuditRecordType recordType, string? recordId) => new(recordType, recordId, read);
}

/// <summary>
/// The one door for record-level checks in pages: asks <see cref="IAuthorizationService"/> (handlers wrapping
/// <see cref="AccessPolicy"/>), and on a refusal records Denied once in the audit log and returns the page's answer.
/// </summary>
public sealed class AccessGuard(IAuthorizationService authorization, AuditLog audit)
{
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, object resource, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user, resource, operation)).Succeeded;

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, string policy) =>
        (await authorization.AuthorizeAsync(user, policy)).Succeeded;

    /// <summary>The access level for pages that show more to those who work on the record than to readers.</summary>
    public async Task<Access> LevelAsync(ClaimsPrincipal user, object resource, OperationAuthorizationRequirement read, OperationAuthorizationRequirement work) =>
        await AllowsAsync(user, resource, work) ? Access.Work : await AllowsAsync(user, resource, read) ? Access.Read : Access.None;

    /// <summary>Null when <paramref name="operation"/> is allowed; otherwise the refusal is audited and its answer returned.</summary>
    public async Task<IActionResult?> RefuseUnlessAsync(ClaimsPrincipal user, object resource, OperationAuthorizationRequirement operation, Refusal refusal, CancellationToken ct) =>
        await AllowsAsync(user, resource, operation) ? null : await RefuseAsync(user, resource, refusal, ct);

    /// <summary>Null when <paramref name="allowed"/>; otherwise audited and answered as the overload above, for checks that are not about one resource's operation.</summary>
    public async Task<IActionResult?> RefuseUnlessAsync(ClaimsPrincipal user, bool allowed, Refusal refusal, CancellationToken ct) =>
        allowed ? null : await RefuseAsync(user, null, refusal, ct);

    private async Task<IActionResult> RefuseAsync(ClaimsPrincipal user, object? resource, Refusal refusal, CancellationToken ct)
    {
        await audit.RecordAsync(user, AuditAction.Denied, refusal.RecordType, refusal.RecordId, details: refusal.Details, cancellationToken: ct);
        var hidden = refusal.AlwaysHidden
            || (refusal.HiddenUnless is { } read && resource is not null && !await AllowsAsync(user, resource, read));
        return hidden ? new NotFoundResult() : new ForbidResult();
    }
}

public static class AccessGuardExtensions
{
    /// <summary>The request's guard, for page models and endpoints that check records.</summary>
    public static AccessGuard Guard(this HttpContext http) => http.RequestServices.GetRequiredService<AccessGuard>();
}

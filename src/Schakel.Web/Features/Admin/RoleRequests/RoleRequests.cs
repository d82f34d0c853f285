using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Identity;
using Schakel.Web.Features.Admin.Users;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.RoleRequests;

public enum RoleDecision
{
    Done,
    NotFound,
    AlreadyDecided,
    OwnRequest,
    Conflict,
    ApproverReset,
}

/// <summary>Files role requests for roles that see personal data, and applies the second person's decision on them.</summary>
public sealed class RoleRequestService(SchakelDb db, UserManager<SchakelUser> users, AuditLog audit, TimeProvider clock)
{
    /// <summary>Files a pending request per role, skipping roles that already wait for a decision for this account.</summary>
    public async Task<IReadOnlyList<string>> RequestAsync(string userId, IEnumerable<string> roles, ClaimsPrincipal requester, CancellationToken ct)
    {
        var wanted = roles.Distinct(StringComparer.Ordinal).ToList();
        var pending = await db.Set<RoleRequest>().Where(r => r.UserId == userId && r.Status == RoleRequestStatus.Pending).Select(r => r.Role).ToListAsync(ct);
        var created = wanted.Except(pending, StringComparer.Ordinal)
            .Select(role => new RoleRequest { UserId = userId, Role = role, RequestedById = requester.UserId()!, RequestedAt = clock.GetUtcNow() })
            .ToList();
        db.AddRange(created);
        await db.SaveChangesAsync(ct);
        foreach (var request in created)
        {
            await audit.RecordAsync(requester, AuditAction.Create, AuditRecordType.RoleRequest, Key(request.Id),
                details: $"rol {request.Role} aangevraagd voor account {userId}; wacht op goedkeuring", cancellationToken: ct);
        }
        return wanted;
    }

    public async Task<RoleDecision> DecideAsync(int id, bool approve, ClaimsPrincipal approver, CancellationToken ct)
    {
        var request = await db.Set<RoleRequest>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return RoleDecision.NotFound;
        }
        if (request.Status != RoleRequestStatus.Pending)
        {
            return RoleDecision.AlreadyDecided;
        }
        // A second person of another region cannot judge who needs personal data here; to them the request does not exist.
        if (!await SameRegionAsync(approver, request.UserId, ct))
        {
            await audit.RecordAsync(approver, AuditAction.Denied, AuditRecordType.RoleRequest, Key(id), details: "verzoek van een andere regio", cancellationToken: ct);
            return RoleDecision.NotFound;
        }
        var approverId = approver.UserId();
        if (approverId == request.RequestedById || approverId == request.UserId)
        {
            await audit.RecordAsync(approver, AuditAction.Denied, AuditRecordType.RoleRequest, Key(id), details: "eigen verzoek of eigen account", cancellationToken: ct);
            return RoleDecision.OwnRequest;
        }
        if (approve && await ResetByRequesterAsync(approverId!, request.RequestedById, ct))
        {
            await audit.RecordAsync(approver, AuditAction.Denied, AuditRecordType.RoleRequest, Key(id), details: "wachtwoord of tweestapsverificatie van de beoordelaar kort geleden door de aanvrager teruggezet", flagged: true, cancellationToken: ct);
            return RoleDecision.ApproverReset;
        }
        var account = await users.FindByIdAsync(request.UserId);
        if (account is null)
        {
            return RoleDecision.NotFound;
        }
        var current = await users.GetRolesAsync(account);
        if (approve && RoleSeparation.Conflicts(current.Append(request.Role)))
        {
            return RoleDecision.Conflict;
        }
        request.Decide(approve, approverId!, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        if (approve && !current.Contains(request.Role))
        {
            await users.AddToRoleAsync(account, request.Role);
            await users.UpdateSecurityStampAsync(account);
            await audit.RecordAsync(approver, AuditAction.Update, AuditRecordType.Account, account.Id,
                details: $"rol erbij: {request.Role} (goedgekeurd verzoek {id})", cancellationToken: ct);
        }
        await audit.RecordAsync(approver, AuditAction.Update, AuditRecordType.RoleRequest, Key(id),
            details: $"rol {request.Role} voor account {request.UserId} {(approve ? "goedgekeurd" : "afgewezen")}", cancellationToken: ct);
        return RoleDecision.Done;
    }

    /// <summary>
    /// An administrator who reset the approver's password or two-factor sign-in could be signed in as the approver;
    /// such an approval is no second person's decision. The account resets are in the audit chain, so they are found there.
    /// </summary>
    private async Task<bool> ResetByRequesterAsync(string approverId, string requesterId, CancellationToken ct)
    {
        var since = (clock.GetUtcNow() - ResetWindow).UtcTicks;
        return await db.AuditEntries.AnyAsync(e => e.RecordType == nameof(AuditRecordType.Account) && e.RecordId == approverId && e.UserId == requesterId
            && e.AtUtcTicks >= since && (e.Details == AccountAudit.PasswordReset || e.Details == AccountAudit.TwoFactorReset), ct);
    }

    /// <summary>Accounts whose organisation lies in the approver's region; empty when the approver has no region.</summary>
    public IQueryable<string> AccountsOfRegion(ClaimsPrincipal approver)
    {
        var organisation = approver.OrganisationId() ?? -1;
        var region = db.Organisations.Where(o => o.Id == organisation).Select(o => o.RegionId);
        return db.Users.Where(u => db.Organisations.Any(o => o.Id == u.OrganisationId && region.Contains(o.RegionId))).Select(u => u.Id);
    }

    private async Task<bool> SameRegionAsync(ClaimsPrincipal approver, string accountId, CancellationToken ct) =>
        await AccountsOfRegion(approver).ContainsAsync(accountId, ct);

    private static readonly TimeSpan ResetWindow = TimeSpan.FromDays(30);

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}

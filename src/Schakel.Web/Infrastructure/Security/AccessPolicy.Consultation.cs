using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Consultations;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// Need-to-know of a spoed-MDO. An invited partner reads the signal (never more: no case, so no police-only details)
/// while the consultation is open, and after it closes until the table's next decision on the signal, which is where
/// the signal goes as an acute item; a closed signal is no longer opened by an invitation. Partners who were not
/// invited gain nothing. The consultation itself is for the invitees and for whoever works on the signal (the
/// municipality's attention officer, the region's chain director), who also start and close it.
/// </summary>
public static partial class AccessPolicy
{
    private static bool IsConsulted(Signal signal, AccessScope scope) => scope.ConsultedSignalIds.Contains(signal.Id);

    /// <summary>The signals whose consultation still opens them to this invitee; one query, for <see cref="AccessScope"/>.</summary>
    public static async Task<IReadOnlySet<int>> ConsultedSignalIdsAsync(SchakelDb db, string userId, CancellationToken ct)
    {
        var closed = Enum.GetValues<SignalStatus>().Where(SignalStateMachine.IsClosed).ToList();
        var ids = await db.Set<AcuteConsultation>()
            .Where(c => c.Invitations.Any(i => i.UserId == userId)
                && !closed.Contains(c.Signal!.Status)
                && (c.ClosedAt == null || !db.Set<AgendaItem>().Any(a => a.SignalId == c.SignalId && a.DecidedAt != null && a.DecidedAt > c.ClosedAt)))
            .Select(c => c.SignalId).Distinct().ToListAsync(ct);
        return ids.ToHashSet();
    }

    public static bool MayReadConsultation(ClaimsPrincipal user, ConsultationInScope resource) =>
        MayCloseConsultation(user, resource)
        || (resource.Consultation.InvitationOf(user.UserId()) is not null && (resource.Consultation.IsOpen || IsConsulted(resource.Signal, resource.Scope)));

    public static bool MayAnswerConsultation(ClaimsPrincipal user, ConsultationInScope resource) =>
        resource.Consultation.InvitationOf(user.UserId()) is not null;

    public static bool MayCloseConsultation(ClaimsPrincipal user, ConsultationInScope resource) =>
        ForSignal(user, resource.Signal, resource.Scope) == Access.Work;
}

/// <summary>A spoed-MDO with its signal and the user's seats.</summary>
public sealed record ConsultationInScope(AcuteConsultation Consultation, Signal Signal, AccessScope Scope);

public sealed class ConsultationAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, ConsultationInScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ConsultationInScope resource)
    {
        var allowed = requirement == ConsultationOperations.Read ? AccessPolicy.MayReadConsultation(context.User, resource)
            : requirement == ConsultationOperations.Answer ? AccessPolicy.MayAnswerConsultation(context.User, resource)
            : requirement == ConsultationOperations.Close && AccessPolicy.MayCloseConsultation(context.User, resource);
        if (allowed)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>Sets an action's status with a version check and writes the change on the case timeline.</summary>
public static class ActionStatusChange
{
    /// <returns>A Dutch message when the change was refused, otherwise null.</returns>
    public static async Task<string?> ApplyAsync(SchakelDb db, TableAction action, int version, ActionStatus status, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (!Enum.IsDefined(status))
        {
            return "Kies een geldige status.";
        }
        if (action.Version != version)
        {
            return StaleSave.Notice("deze actie");
        }
        var now = clock.GetUtcNow();
        action.ChangeStatus(status, now);
        if (action.CaseId is { } caseId)
        {
            db.Set<CaseEvent>().Add(new CaseEvent { CaseId = caseId, At = now, Actor = user.ActorName(), Description = $"Actie '{action.Description}': {TableLabels.Dutch(status).ToLowerInvariant()}" });
        }
        db.Entry(action).Property(a => a.Version).OriginalValue = version;
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            return StaleSave.Notice("deze actie");
        }
        return null;
    }
}

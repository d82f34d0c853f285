using Microsoft.EntityFrameworkCore;
using Schakel.Web.Features.Notifications.Mail;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Notifications.Contracts;

/// <summary>Outgoing mail given up after its retries, as the administrator's outgoing-mail page counts it.</summary>
public static class UndeliverableMail
{
    public static Task<int> CountAsync(SchakelDb db, CancellationToken ct) => db.Set<OutboxMessage>().CountAsync(m => m.DeadAt != null, ct);
}

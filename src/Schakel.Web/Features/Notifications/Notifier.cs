using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Notifications;

/// <summary>Sends e-mail. Pluggable: production wires an SMTP relay; the default only logs that a message went out.</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}

public sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        // The address and body may identify a melder; the log keeps only that a message was sent.
        logger.LogInformation("E-mail queued: subject '{Subject}' ({Length} characters).", subject, body.Length);
        return Task.CompletedTask;
    }
}

/// <summary>In-app notifications plus e-mail. Messages never carry case content, only that something needs attention.</summary>
public sealed class Notifier(SchakelDb db, IEmailSender email, TimeProvider clock)
{
    public async Task NotifyUsersAsync(IEnumerable<string> userIds, string title, string? url, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        foreach (var id in ids)
        {
            db.Notifications.Add(new Notification { UserId = id, CreatedAt = now, Title = title, Url = url });
        }
        await db.SaveChangesAsync(cancellationToken);
        var addresses = await db.Users.Where(u => ids.Contains(u.Id) && u.Email != null).Select(u => u.Email!).ToListAsync(cancellationToken);
        foreach (var address in addresses)
        {
            await email.SendAsync(address, title, title + (url is null ? "" : "\n\nOpen Schakel: " + url), cancellationToken);
        }
    }
}

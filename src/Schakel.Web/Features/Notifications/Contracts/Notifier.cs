using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Notifications.Contracts;

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
    public async Task NotifyUsersAsync(IEnumerable<string> userIds, NotificationKind kind, string title, string? url, CancellationToken cancellationToken)
    {
        var mail = await AddAsync(userIds, kind, title, url, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await SendAsync(mail, cancellationToken);
    }

    /// <summary>
    /// Adds the in-app notifications to the caller's pending changes without saving them, so they commit together with
    /// the change they announce; the e-mails wait for <see cref="SendAsync"/> after that commit.
    /// </summary>
    public async Task<PendingMail> AddAsync(IEnumerable<string> userIds, NotificationKind kind, string title, string? url, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new PendingMail([], title, url);
        }
        var now = clock.GetUtcNow();
        foreach (var id in ids)
        {
            db.Notifications.Add(new Notification { UserId = id, CreatedAt = now, Title = title, Url = url });
        }
        var addresses = await db.Users.Where(u => ids.Contains(u.Id) && u.Email != null).Select(u => u.Email!).ToListAsync(cancellationToken);
        return new PendingMail(addresses, title, url);
    }

    public async Task SendAsync(PendingMail mail, CancellationToken cancellationToken)
    {
        foreach (var address in mail.Addresses)
        {
            await email.SendAsync(address, mail.Title, mail.Title + (mail.Url is null ? "" : "\n\nOpen Schakel: " + mail.Url), cancellationToken);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Schakel.Web.Features.Notifications.Mail;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Notifications.Contracts;

/// <summary>
/// E-mail to someone who is not a user of Schakel (a melder who left an address). The message is written to the outbox
/// and saved at once; the outbox sender delivers it. Subject and body are the caller's and must carry no case content.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>In-app notifications plus e-mail. Messages never carry case content, only that something needs attention.</summary>
public sealed class Notifier(SchakelDb db, OutboxSignal outbox, MailOptions mail, TimeProvider clock)
{
    /// <summary>Adds and saves the notifications and their e-mail in one save, then wakes the sender.</summary>
    public async Task NotifyUsersAsync(IEnumerable<string> userIds, NotificationKind kind, string title, string? url, CancellationToken cancellationToken)
    {
        var pending = await AddAsync(userIds, kind, title, url, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await SendAsync(pending, cancellationToken);
    }

    /// <summary>
    /// Adds the in-app notifications and their outbox e-mail to the caller's pending changes without saving them, so
    /// they commit together with the change they announce; call <see cref="SendAsync"/> after that commit.
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
        if (!mail.Enabled)
        {
            return new PendingMail([], title, url);
        }
        var users = await db.Users.Where(u => ids.Contains(u.Id) && u.Email != null).Select(u => new { u.Id, Email = u.Email! }).ToListAsync(cancellationToken);
        var digest = MailTemplates.IsAcute(kind)
            ? []
            : await db.Set<MailPreference>().Where(p => ids.Contains(p.UserId) && p.DailyDigest).Select(p => p.UserId).ToListAsync(cancellationToken);
        // Only the kind and the link go into the outbox: the title may name the case and never leaves Schakel.
        var data = new MailData(Url: url).ToJson();
        foreach (var user in users)
        {
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                Kind = kind.ToString(),
                UserId = user.Id,
                Recipient = user.Email,
                Data = data,
                CreatedAt = now,
                NextAttemptAt = now,
                HeldForDigest = digest.Contains(user.Id),
            });
        }
        return new PendingMail(users.Select(u => u.Email).ToList(), title, url);
    }

    /// <summary>
    /// Wakes the outbox sender once the caller has committed what <see cref="AddAsync"/> added, so the e-mail goes out
    /// now instead of at the sender's next look. The mail is safe in the outbox either way.
    /// </summary>
    public Task SendAsync(PendingMail mail, CancellationToken cancellationToken)
    {
        if (mail.Addresses.Count > 0)
        {
            outbox.Wake();
        }
        return Task.CompletedTask;
    }
}

using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>Puts a mail to a melder in the outbox and saves it, so it survives a restart like every other mail.</summary>
public sealed class OutboxEmailSender(SchakelDb db, OutboxSignal signal, MailOptions options, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return;
        }
        var now = clock.GetUtcNow();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Kind = OutboxMessage.MelderKind,
            Recipient = to.Trim(),
            Data = new MailData(Subject: subject, Body: body).ToJson(),
            CreatedAt = now,
            NextAttemptAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
    }
}

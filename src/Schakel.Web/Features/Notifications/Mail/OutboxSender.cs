using System.Net.Sockets;
using MailKit;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>
/// One pass over the outbox: every due message is claimed, sent and marked. A claim is a conditional update that only
/// one instance can win (the row must be unclaimed or its lease run out), so two instances never send one row; a
/// failure is recorded on the row and tried again later, until the message is given up as dead.
/// </summary>
public sealed class OutboxSender(SchakelDb db, IMailTransport transport, MailOptions options, TimeProvider clock, ILogger<OutboxSender> logger)
{
    /// <summary>Long enough for any send within the timeout; a claim left by a process that died runs out after it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int Batch = 50;

    /// <summary>Sends what is due now; returns how many messages went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var now = clock.GetUtcNow();
        var due = await Due(now).OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Select(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            var claimedAt = clock.GetUtcNow();
            var until = claimedAt + Lease;
            var won = await Due(claimedAt).Where(m => m.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, JobClaims.Instance).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
            if (won == 0)
            {
                continue;
            }
            var row = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, cancellationToken);
            var outcome = await TrySendAsync(row, cancellationToken);
            row.Attempts++;
            row.ClaimedBy = null;
            row.ClaimedUntil = null;
            if (outcome is null)
            {
                row.SentAt = clock.GetUtcNow();
                row.LastError = null;
                sent++;
            }
            else
            {
                Fail(row, outcome.Value.Reason);
            }
            await db.SaveChangesAsync(CancellationToken.None);
            if (outcome is { RelayDown: true })
            {
                // The rest would meet the same closed door: they wait as long as this one, without an attempt counted.
                var rest = due.SkipWhile(d => d != id).Skip(1).ToList();
                var next = row.DeadAt ?? row.NextAttemptAt;
                await Due(clock.GetUtcNow()).Where(m => rest.Contains(m.Id)).ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAt, next), CancellationToken.None);
                break;
            }
        }
        await ForgetOldAsync(now, cancellationToken);
        return sent;
    }

    private IQueryable<OutboxMessage> Due(DateTimeOffset now) => db.Set<OutboxMessage>()
        .Where(m => m.SentAt == null && m.DeadAt == null && !m.HeldForDigest && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now));

    private void Fail(OutboxMessage row, string reason)
    {
        var now = clock.GetUtcNow();
        row.LastError = reason.Length > 1000 ? reason[..1000] : reason;
        if (row.Attempts >= options.MaxAttempts)
        {
            row.DeadAt = now;
            // The reason may quote the recipient's address; it is kept for the administrator's page, not the log.
            logger.LogError("Outbox message {Id} ({Kind}) given up after {Attempts} attempts.", row.Id, row.Kind, row.Attempts);
        }
        else
        {
            row.NextAttemptAt = now + MailBackoff.After(row.Attempts, options);
            logger.LogWarning("Outbox message {Id} ({Kind}) not sent, attempt {Attempts}; next at {Next:o}.", row.Id, row.Kind, row.Attempts, row.NextAttemptAt);
        }
    }

    /// <summary>Null when sent; otherwise the Dutch reason shown to the administrator, and whether the relay itself was unreachable.</summary>
    private async Task<(string Reason, bool RelayDown)?> TrySendAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(MailComposer.Compose(row, options), cancellationToken);
            return null;
        }
        catch (MailKit.Net.Smtp.SmtpCommandException ex)
        {
            return ($"De mailserver weigerde het bericht ({(int)ex.StatusCode}): {ex.Message}", false);
        }
        catch (MimeKit.ParseException ex)
        {
            return ($"Het adres van de ontvanger is ongeldig: {ex.Message}", false);
        }
        catch (MailKit.Security.AuthenticationException ex)
        {
            return ($"Aanmelden bij de mailserver mislukte: {ex.Message}", true);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException or ServiceNotConnectedException or ProtocolException
                                       or MailKit.Security.SslHandshakeException or NotSupportedException or UnauthorizedAccessException)
        {
            return ($"De mailserver is niet bereikbaar of de verbinding mislukte ({ex.GetType().Name}): {ex.Message}", true);
        }
    }

    private async Task ForgetOldAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - TimeSpan.FromDays(options.KeepSentDays);
        await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}

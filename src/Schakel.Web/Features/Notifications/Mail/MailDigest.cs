using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>Gathers each user's held notifications into one digest mail, in one transaction with marking them carried.</summary>
public sealed class MailDigest(SchakelDb db, OutboxSignal signal, TimeProvider clock)
{
    /// <summary>Returns how many digests were written.</summary>
    public async Task<int> CollectAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var held = await db.Set<OutboxMessage>().Where(m => m.HeldForDigest && m.DigestId == null && m.SentAt == null && m.DeadAt == null)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);
        if (held.Count == 0)
        {
            return 0;
        }
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var digests = held.GroupBy(m => (m.UserId, m.Recipient)).Select(g => (Rows: g.ToList(), Digest: new OutboxMessage
        {
            Kind = OutboxMessage.DigestKind,
            UserId = g.Key.UserId,
            Recipient = g.Key.Recipient,
            Data = new MailData(Counts: g.GroupBy(m => m.Kind).ToDictionary(k => k.Key, k => k.Count())).ToJson(),
            CreatedAt = now,
            NextAttemptAt = now,
        })).ToList();
        db.Set<OutboxMessage>().AddRange(digests.Select(d => d.Digest));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (rows, digest) in digests)
        {
            foreach (var row in rows)
            {
                // Carried by the digest: the row itself is never sent, so it counts as done.
                row.DigestId = digest.Id;
                row.HeldForDigest = false;
                row.SentAt = now;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(CancellationToken.None);
        signal.Wake();
        return digests.Count;
    }

    /// <summary>The most recent digest time at or before <paramref name="now"/>: the configured hour, Dutch time.</summary>
    public static DateTimeOffset LastDueAt(DateTimeOffset now, int hour)
    {
        var today = DutchTime.Day(now);
        var due = DutchTime.ToUtc(today.ToDateTime(new TimeOnly(hour, 0)));
        return due <= now ? due : DutchTime.ToUtc(today.AddDays(-1).ToDateTime(new TimeOnly(hour, 0)));
    }

    public static DateTimeOffset NextDueAt(DateTimeOffset now, int hour)
    {
        var today = DutchTime.Day(now);
        var due = DutchTime.ToUtc(today.ToDateTime(new TimeOnly(hour, 0)));
        return due > now ? due : DutchTime.ToUtc(today.AddDays(1).ToDateTime(new TimeOnly(hour, 0)));
    }
}

/// <summary>
/// Runs the digest once a day at the configured Dutch hour, once across instances (a claimed job run per due time).
/// At start it also claims the latest due time, so a digest missed while the application was down still goes out.
/// </summary>
public sealed class MailDigestScheduler(IServiceScopeFactory scopes, MailOptions options, DatabaseState state, TimeProvider clock, ILogger<MailDigestScheduler> logger) : BackgroundService
{
    public const string Job = "mail-digest";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }
        while (!state.Ready)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
        }
        var due = MailDigest.LastDueAt(clock.GetUtcNow(), options.DigestHour);
        while (!stoppingToken.IsCancellationRequested)
        {
            await ClaimedRun.RunAsync(scopes, Job, due, clock, logger, async (services, ct) =>
                $"{await services.GetRequiredService<MailDigest>().CollectAsync(ct)} overzicht(en) klaargezet", stoppingToken);
            due = MailDigest.NextDueAt(clock.GetUtcNow(), options.DigestHour);
            var wait = due - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
        }
    }
}

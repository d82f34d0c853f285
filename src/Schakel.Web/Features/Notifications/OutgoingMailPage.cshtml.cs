using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Features.Notifications.Mail;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Notifications;

/// <summary>
/// The administrator's view of the outbox: what waits, what keeps failing and why, what was given up (with a button to
/// send it again), and, without a relay, the .eml files Schakel wrote instead of sending.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class OutgoingMailPageModel(SchakelDb db, AuditLog audit, MailOptions options, IMailTransport transport, OutboxSignal signal, TimeProvider clock) : PageModel
{
    public sealed record Row(long Id, string Kind, string Recipient, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeadAt, string? LastError);

    public sealed record MailFile(string Name, DateTimeOffset WrittenAt);

    public int Waiting { get; private set; }
    public int HeldForDigest { get; private set; }
    public int Sent { get; private set; }
    public List<Row> Dead { get; private set; } = [];
    public List<Row> Failing { get; private set; } = [];
    public List<MailFile> Files { get; private set; } = [];
    public string Relay => options.UsesRelay ? $"{options.Host}:{options.Port} ({SecurityLabel(options.Security)})" : "geen: e-mail wordt als .eml-bestand bewaard";
    public bool Enabled => options.Enabled;

    public async Task OnGetAsync()
    {
        var outbox = db.Set<OutboxMessage>().AsNoTracking();
        Waiting = await outbox.CountAsync(m => m.SentAt == null && m.DeadAt == null && !m.HeldForDigest);
        HeldForDigest = await outbox.CountAsync(m => m.SentAt == null && m.HeldForDigest);
        Sent = await outbox.CountAsync(m => m.SentAt != null && m.DigestId == null);
        Dead = await Rows(outbox.Where(m => m.DeadAt != null).OrderByDescending(m => m.Id).Take(200));
        Failing = await Rows(outbox.Where(m => m.DeadAt == null && m.SentAt == null && m.Attempts > 0).OrderBy(m => m.Id).Take(200));
        if (transport is PickupDirectoryTransport pickup && Directory.Exists(pickup.Directory))
        {
            Files = new DirectoryInfo(pickup.Directory).GetFiles("*.eml").OrderByDescending(f => f.LastWriteTimeUtc).Take(100)
                .Select(f => new MailFile(f.Name, new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero))).ToList();
        }
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.OutgoingMail, null, details: $"{Dead.Count} opgegeven, {Failing.Count} mislukt", cancellationToken: HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostResendAsync(long id)
    {
        var row = await db.Set<OutboxMessage>().FirstOrDefaultAsync(m => m.Id == id && m.DeadAt != null);
        if (row is null)
        {
            TempData["Message"] = "Dit bericht is niet (meer) opgegeven; er is niets opnieuw verstuurd.";
            return RedirectToPage();
        }
        // A fresh start: the full number of attempts again, the first one now.
        row.DeadAt = null;
        row.Attempts = 0;
        row.NextAttemptAt = clock.GetUtcNow();
        row.ClaimedBy = null;
        row.ClaimedUntil = null;
        await db.SaveChangesAsync();
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.OutgoingMail, id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            details: "opnieuw versturen", cancellationToken: HttpContext.RequestAborted);
        signal.Wake();
        TempData["Message"] = "Het bericht staat weer klaar om te versturen.";
        return RedirectToPage();
    }

    public static string KindLabel(string kind) => kind switch
    {
        OutboxMessage.MelderKind => "Bericht aan melder",
        OutboxMessage.DigestKind => "Dagelijks overzicht",
        _ => Enum.TryParse<NotificationKind>(kind, out var k) ? MailTemplates.DigestLine(k) : kind,
    };

    public static string SecurityLabel(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => "STARTTLS verplicht",
        SmtpSecurity.Tls => "TLS",
        _ => "zonder versleuteling",
    };

    private static Task<List<Row>> Rows(IQueryable<OutboxMessage> query) => query
        // A melder is not a user: the administrator does not need the address to see that the mail failed.
        .Select(m => new Row(m.Id, m.Kind, m.UserId == null ? "melder (adres verborgen)" : m.Recipient, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.DeadAt, m.LastError))
        .ToListAsync();
}

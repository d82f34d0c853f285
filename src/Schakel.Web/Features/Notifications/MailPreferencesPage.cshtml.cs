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

/// <summary>Each user chooses whether non-acute notifications arrive one by one or in one mail a day.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MailPreferencesPageModel(SchakelDb db, AuditLog audit, MailOptions options, OutboxSignal signal, TimeProvider clock) : PageModel
{
    public const string Immediately = "direct";
    public const string Daily = "dagelijks";

    [BindProperty]
    public string Delivery { get; set; } = Immediately;

    public int DigestHour => options.DigestHour;
    public bool MailEnabled => options.Enabled;

    public async Task OnGetAsync()
    {
        var digest = await db.Set<MailPreference>().AnyAsync(p => p.UserId == User.UserId() && p.DailyDigest);
        Delivery = digest ? Daily : Immediately;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Delivery is not (Immediately or Daily))
        {
            ModelState.AddModelError(nameof(Delivery), "Kies direct of een dagelijks overzicht.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var userId = User.UserId()!;
        var preference = await db.Set<MailPreference>().FirstOrDefaultAsync(p => p.UserId == userId);
        if (preference is null)
        {
            preference = new MailPreference { UserId = userId };
            db.Set<MailPreference>().Add(preference);
        }
        preference.DailyDigest = Delivery == Daily;
        await db.SaveChangesAsync();
        if (!preference.DailyDigest)
        {
            // Who no longer wants a digest gets what was waiting for it now, not at the next digest hour.
            var now = clock.GetUtcNow();
            var released = await db.Set<OutboxMessage>().Where(m => m.UserId == userId && m.HeldForDigest && m.SentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.HeldForDigest, false).SetProperty(m => m.NextAttemptAt, now));
            if (released > 0)
            {
                signal.Wake();
            }
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.Account, userId,
            details: preference.DailyDigest ? "e-mail: dagelijks overzicht" : "e-mail: direct", cancellationToken: HttpContext.RequestAborted);
        TempData["Message"] = preference.DailyDigest ? "U krijgt voortaan één overzicht per dag." : "U krijgt voortaan elk bericht direct per e-mail.";
        return RedirectToPage();
    }
}

using Microsoft.AspNetCore.Authorization;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Features.Privacy;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals;

/// <summary>
/// Asks "why do you open this signal?" before a break-glass read. The answer becomes a one-hour grant for this one
/// signal, a flagged audit entry, a notice to the privacy officer and chain director, and an entry in the review queue.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class BreakGlassRequestModel(SchakelDb db, AuditLog audit, Notifier notifier, TimeProvider clock) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Geef aan waarom u deze melding zonder betrokkenheid bij de zaak opent."),
     MinLength(15, ErrorMessage = "Beschrijf de reden in ten minste 15 tekens."), MaxLength(1000, ErrorMessage = "De reden is te lang (maximaal 1000 tekens).")]
    [Display(Name = "Reden")]
    public string Purpose { get; set; } = "";

    public string Reference { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        Reference = reference;
        var (_, _, refusal) = await LoadAsync(reference);
        return refusal ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference)
    {
        Reference = reference;
        var ct = HttpContext.RequestAborted;
        var (signal, region, refusal) = await LoadAsync(reference);
        if (refusal is not null)
        {
            return refusal;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow();
        var use = new BreakGlassUse
        {
            UserId = User.UserId()!, UserName = User.ActorName(), SignalId = signal!.Id, Purpose = Purpose.Trim(),
            RequestedAt = now, ExpiresAt = now + BreakGlass.Validity,
        };
        db.Set<BreakGlassUse>().Add(use);
        var mail = await notifier.AddAsync(await BreakGlassReviewers.ForRegionAsync(db, region, ct), NotificationKind.BreakGlass,
            $"Noodtoegang gebruikt door {use.UserName}: beoordeel het gebruik", "/privacy/noodtoegang", ct);
        await db.SaveChangesAsync(ct);
        await notifier.SendAsync(mail, ct);
        await audit.RecordAsync(AuditAction.BreakGlass, AuditRecordType.Signal, signal.Id.ToString(CultureInfo.InvariantCulture), purpose: use.Purpose, flagged: true,
            details: "noodtoegang " + use.Id.ToString(CultureInfo.InvariantCulture), cancellationToken: ct);
        return RedirectToPage("/Signals/Detail", new { reference });
    }

    /// <summary>The signal and its region, or the answer to give: unknown signal, or one this user may not break into.</summary>
    private async Task<(Signal?, int, IActionResult?)> LoadAsync(string reference)
    {
        var ct = HttpContext.RequestAborted;
        if (!BreakGlass.IsEligible(User))
        {
            return (null, 0, Forbid());
        }
        var signal = await db.Signals.AsNoTracking().FirstOrDefaultAsync(s => s.Reference == reference, ct);
        if (signal is null)
        {
            return (null, 0, NotFound());
        }
        var scope = await AccessScope.LoadAsync(db, User, ct);
        if (await HttpContext.Guard().RefuseUnlessAsync(User, BreakGlass.MayRequest(User, signal, scope),
            Refusal.Forbidden(AuditRecordType.Signal, signal.Id.ToString(CultureInfo.InvariantCulture), "noodtoegang buiten de eigen regio"), ct) is { } refused)
        {
            return (null, 0, refused);
        }
        return (signal, scope.OwnRegionId!.Value, null);
    }
}

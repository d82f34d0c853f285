using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Common;
using Schakel.Core.Signals;
using Schakel.Core.Undermining;
using Schakel.Web.Features.Shared;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Undermining;

/// <summary>The question field of the form, shared by the signal page's section and this page.</summary>
public sealed record ReferFields(string? Question, string? Error);

/// <summary>"Voorleggen aan OOV-adviseur": the AF puts a signal of the own municipality to its OOV adviser.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ReferModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public Signal Signal { get; private set; } = null!;

    [BindProperty] public string? Question { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        if (await LoadAsync(reference) is { } denied)
        {
            return denied;
        }
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.Signal, Signal.Id.ToString(CultureInfo.InvariantCulture), details: "ondermijning: voorleggen", cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference)
    {
        var ct = HttpContext.RequestAborted;
        if (await LoadAsync(reference) is { } denied)
        {
            return denied;
        }
        if (Signal.MunicipalityId is { } municipality && (await UnderminingNotifications.AdvisersAsync(db, municipality, ct)).Count == 0)
        {
            ModelState.AddModelError(UnderminingInput.Question, "Deze gemeente heeft nog geen OOV-adviseur ondermijning in Schakel. Vraag de beheerder een account aan te maken.");
            return Page();
        }
        var existing = await db.Set<UnderminingReferral>().Where(r => r.SignalId == Signal.Id).ToListAsync(ct);
        UnderminingReferral referral;
        try
        {
            referral = UnderminingReferral.PutToAdvisor(Signal, existing, new Actor(User.UserId(), User.ActorName()), Question, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Input ?? "", e.Message);
            return Page();
        }
        db.Add(referral);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index on open referrals: a colleague put the same signal a moment ago.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(UnderminingInput.Question, "Deze melding ligt al bij de OOV-adviseur. Wacht tot die voorlegging is afgesloten.");
            await LoadAsync(reference);
            return Page();
        }
        await audit.RecordAsync(AuditAction.Create, AuditRecordType.Signal, Signal.Id.ToString(CultureInfo.InvariantCulture),
            details: "ondermijning: voorgelegd aan OOV-adviseur, voorlegging " + referral.Id.ToString(CultureInfo.InvariantCulture), cancellationToken: ct);
        TempData["Message"] = "De melding is voorgelegd aan de OOV-adviseur ondermijning.";
        // Back to the signal's actions tab, where the undermining section lists the referral just made.
        return Redirect($"/meldingen/{Signal.Reference}?tab=acties#ondermijning");
    }

    /// <summary>Only who works on the signal puts it: the AF of its municipality (or the chain director).</summary>
    private async Task<IActionResult?> LoadAsync(string reference)
    {
        var ct = HttpContext.RequestAborted;
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.Reference == reference, ct);
        if (signal is null)
        {
            return NotFound();
        }
        var scope = await AccessScope.LoadAsync(db, User, ct);
        if (await HttpContext.Guard().RefuseUnlessAsync(User, new SignalInScope(signal, scope), SignalOperations.Work,
            Refusal.Forbidden(AuditRecordType.Signal, signal.Id.ToString(CultureInfo.InvariantCulture), "ondermijning: voorleggen"), ct) is { } refused)
        {
            return refused;
        }
        Signal = signal;
        return null;
    }
}

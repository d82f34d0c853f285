using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Common;
using Schakel.Core.Consultations;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Consultations;

/// <summary>Starts a spoed-MDO about one acute signal: the question, the hours within which answers are needed, the partners.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class StartModel(SchakelDb db, ConsultationCandidates candidates, AuditLog audit, TimeProvider clock) : PageModel
{
    public Signal Signal { get; private set; } = null!;
    public StartForm Form { get; private set; } = null!;

    [BindProperty] public string? Question { get; set; }
    [BindProperty] public int? Hours { get; set; } = AcuteConsultation.DefaultHours;
    [BindProperty] public List<string> Invitees { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string reference) => await LoadAsync(reference) ?? Page();

    public async Task<IActionResult> OnPostAsync(string reference)
    {
        if (await LoadAsync(reference) is { } denied)
        {
            return denied;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (Invitees.Any(id => Form.Candidates.All(c => c.UserId != id)))
        {
            ModelState.AddModelError(AcuteConsultationInput.Invitees, "Kies de partners uit de lijst.");
            return Page();
        }
        var open = await db.Set<AcuteConsultation>().FirstOrDefaultAsync(c => c.SignalId == Signal.Id && c.ClosedAt == null, HttpContext.RequestAborted);
        AcuteConsultation consultation;
        try
        {
            consultation = AcuteConsultation.Start(Signal, new Actor(User.UserId(), User.ActorName()), Question, Hours,
                Form.Candidates.Where(c => Invitees.Contains(c.UserId)).Select(c => c.AsInvitee()).ToList(), open, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Input ?? "", ex.Message);
            return Page();
        }
        db.Add(consultation);
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // Someone else started one at the same moment: the unique index keeps it to one open consultation.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(AcuteConsultationInput.Signal, "Over deze melding is zojuist een spoed-MDO gestart door een collega.");
            await LoadAsync(reference);
            return Page();
        }
        var id = consultation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await audit.RecordAsync(AuditAction.Create, AuditRecordType.AcuteConsultation, id, details: $"{consultation.Invitations.Count} partner(s) uitgenodigd", cancellationToken: HttpContext.RequestAborted);
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.Signal, Signal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), details: "spoed-MDO gestart", cancellationToken: HttpContext.RequestAborted);
        TempData["Message"] = "Spoed-MDO gestart; de partners zijn uitgenodigd.";
        return RedirectToPage("/Consultations/Consultation", new { id = consultation.Id });
    }

    /// <summary>Only who works on the signal starts one: its municipality's attention officer or the region's chain director.</summary>
    private async Task<IActionResult?> LoadAsync(string reference)
    {
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.Reference == reference, HttpContext.RequestAborted);
        if (signal is null)
        {
            return NotFound();
        }
        var scope = await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted);
        if (await HttpContext.Guard().RefuseUnlessAsync(User, new SignalInScope(signal, scope), SignalOperations.Work,
            Refusal.Forbidden(AuditRecordType.Signal, signal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "spoed-MDO starten"), HttpContext.RequestAborted) is { } refused)
        {
            return refused;
        }
        Signal = signal;
        Form = new StartForm(signal.Reference, await candidates.ForAsync(signal, User.UserId(), HttpContext.RequestAborted), Question, Hours, Invitees);
        return null;
    }
}

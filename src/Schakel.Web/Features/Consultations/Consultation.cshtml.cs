using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
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

/// <summary>
/// One spoed-MDO: the question and deadline, who answered, the advice; an invitee gives or changes their advice here,
/// and whoever works on the signal records the outcome, which closes it and puts the signal on the next agenda.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ConsultationModel(SchakelDb db, AcuteAgenda agenda, AuditLog audit, TimeProvider clock) : PageModel
{
    public AcuteConsultation Consultation { get; private set; } = null!;
    public Signal Signal { get; private set; } = null!;
    public bool MayClose { get; private set; }
    public ConsultationInvitation? Mine { get; private set; }
    public DateTimeOffset Now { get; private set; }

    [BindProperty] public string? Advice { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id, ConsultationOperations.Read) is { } denied)
        {
            return denied;
        }
        Advice = Mine?.Advice;
        Version = Consultation.Version;
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.AcuteConsultation, Key, cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id)
    {
        if (await LoadAsync(id, ConsultationOperations.Answer) is { } denied)
        {
            return denied;
        }
        var first = Mine is { HasAnswered: false };
        try
        {
            Consultation.Answer(User.UserId()!, Advice, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Input ?? AcuteConsultationInput.Advice, ex.Message);
            return Page();
        }
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.AcuteConsultation, Key, details: first ? "advies gegeven" : "advies gewijzigd", cancellationToken: HttpContext.RequestAborted);
        TempData["Message"] = Mine!.Late && first ? "Uw advies is vastgelegd (na de gevraagde termijn)." : "Uw advies is vastgelegd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCloseAsync(int id)
    {
        if (await LoadAsync(id, ConsultationOperations.Close) is { } denied)
        {
            return denied;
        }
        var now = clock.GetUtcNow();
        try
        {
            Consultation.Close(new Actor(User.UserId(), User.ActorName()), Outcome, now);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Input ?? AcuteConsultationInput.Outcome, ex.Message);
            return Page();
        }
        var meeting = await agenda.PlaceAsync(Signal, now, HttpContext.RequestAborted);
        db.SignalEvents.Add(new SignalEvent
        {
            SignalId = Signal.Id, At = now, UserId = User.UserId(), Actor = User.ActorName(),
            Description = meeting is null
                ? "Spoed-MDO afgerond; de melding komt als acuut punt op de agenda van de volgende vergadering"
                : $"Spoed-MDO afgerond; als acuut punt op de agenda van de vergadering van {DutchTime.Format(meeting.StartsAt)}",
            Reason = Consultation.Outcome,
        });
        db.Entry(Consultation).Property(c => c.Version).OriginalValue = Version;
        if (!await db.SaveUnlessStaleAsync(HttpContext.RequestAborted))
        {
            ModelState.AddModelError(AcuteConsultationInput.Outcome, StaleSave.Message("deze spoed-MDO"));
            db.ChangeTracker.Clear();
            await LoadAsync(id, ConsultationOperations.Read);
            Version = Consultation.Version;
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.AcuteConsultation, Key, details: "uitkomst vastgelegd, afgerond", cancellationToken: HttpContext.RequestAborted);
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.Signal, Signal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), details: "spoed-MDO afgerond, geagendeerd als acuut", cancellationToken: HttpContext.RequestAborted);
        TempData["Message"] = meeting is null
            ? "Spoed-MDO afgerond. Er is nog geen volgende vergadering gepland; de melding komt als acuut punt op de eerstvolgende agenda."
            : $"Spoed-MDO afgerond. De melding staat als acuut punt op de agenda van {DutchTime.Format(meeting.StartsAt)}.";
        return RedirectToPage(new { id });
    }

    private string Key => Consultation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IActionResult?> LoadAsync(int id, OperationAuthorizationRequirement operation)
    {
        var consultation = await db.Set<AcuteConsultation>().Include(c => c.Invitations.OrderBy(i => i.Id)).Include(c => c.Signal)
            .FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (consultation is null)
        {
            return NotFound();
        }
        var scope = await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted);
        var resource = new ConsultationInScope(consultation, consultation.Signal!, scope);
        var guard = HttpContext.Guard();
        if (await guard.RefuseUnlessAsync(User, resource, operation,
            Refusal.Forbidden(AuditRecordType.AcuteConsultation, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), HttpContext.RequestAborted) is { } refused)
        {
            return refused;
        }
        Consultation = consultation;
        Signal = consultation.Signal!;
        MayClose = await guard.AllowsAsync(User, resource, ConsultationOperations.Close);
        Mine = consultation.InvitationOf(User.UserId());
        Now = clock.GetUtcNow();
        return null;
    }
}

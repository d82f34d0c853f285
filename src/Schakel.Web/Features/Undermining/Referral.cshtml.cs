using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
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

/// <summary>
/// One referral with its steps: the OOV adviser brings it to the casustafel ondermijning, escalates it to the RIEC or
/// closes it; the RIEC takes an escalation up and records its outcome. Each step posts here and leaves the signal's
/// own route alone.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ReferralModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public UnderminingReferral Referral { get; private set; } = null!;
    public string MunicipalityName { get; private set; } = "";
    public bool CanAdvise { get; private set; }
    public bool CanRiec { get; private set; }
    public bool Conflict { get; private set; }

    [BindProperty] public int Version { get; set; }
    [BindProperty] public DateOnly? DiscussedOn { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? EscalationReason { get; set; }
    [BindProperty] public string? CloseReason { get; set; }
    [BindProperty] public string? RiecOutcome { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id, UnderminingOperations.Read) is { } denied)
        {
            return denied;
        }
        Version = Referral.Version;
        await AuditAsync(AuditAction.Read, "ondermijning: voorlegging " + id.ToString(CultureInfo.InvariantCulture));
        return Page();
    }

    public Task<IActionResult> OnPostCaseTableAsync(int id) => StepAsync(id, UnderminingOperations.Advise, "besproken aan de casustafel",
        (r, s, by, now) => r.RecordCaseTable(s, by, DiscussedOn, Outcome, DutchTime.Today(clock), now), "De bespreking aan de casustafel is vastgelegd.");

    public Task<IActionResult> OnPostEscalateAsync(int id) => StepAsync(id, UnderminingOperations.Advise, "geëscaleerd naar het RIEC",
        (r, s, by, now) => r.EscalateToRiec(s, by, EscalationReason, RegionOfMunicipality, now), "De melding is naar het RIEC geëscaleerd.", nameof(EscalationReason));

    public Task<IActionResult> OnPostCloseAsync(int id) => StepAsync(id, UnderminingOperations.Advise, "afgesloten door de OOV-adviseur",
        (r, s, by, now) => r.Close(s, by, CloseReason, now), "De voorlegging is afgesloten.", nameof(CloseReason));

    public Task<IActionResult> OnPostTakeUpAsync(int id) => StepAsync(id, UnderminingOperations.RiecStep, "opgepakt door het RIEC",
        (r, s, by, now) => r.TakeUpByRiec(s, by, now), "U heeft de escalatie opgepakt.");

    public Task<IActionResult> OnPostRiecOutcomeAsync(int id) => StepAsync(id, UnderminingOperations.RiecStep, "uitkomst RIEC vastgelegd",
        (r, s, by, now) => r.RecordRiecOutcome(s, by, RiecOutcome, now), "De uitkomst van het RIEC is vastgelegd.");

    private int RegionOfMunicipality { get; set; }

    private async Task<IActionResult> StepAsync(int id, OperationAuthorizationRequirement operation, string what,
        Action<UnderminingReferral, Signal, Actor, DateTimeOffset> step, string done, string reasonField = UnderminingInput.Reason)
    {
        var ct = HttpContext.RequestAborted;
        if (await LoadAsync(id, operation) is { } denied)
        {
            return denied;
        }
        if (Referral.Version != Version)
        {
            return await StaleAsync(id);
        }
        // Only the timeline is touched: the signal's status and version stay as the care route left them.
        var signal = await db.Signals.FirstAsync(s => s.Id == Referral.SignalId, ct);
        try
        {
            step(Referral, signal, new Actor(User.UserId(), User.ActorName()), clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            // The form names each step's reason field after the step, as two reason fields share the page.
            ModelState.AddModelError(e.Input == UnderminingInput.Reason ? reasonField : e.Input ?? "", e.Message);
            return Page();
        }
        db.Entry(Referral).Property(r => r.Version).OriginalValue = Version;
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            return await StaleAsync(id);
        }
        await AuditAsync(AuditAction.Update, "ondermijning: voorlegging " + id.ToString(CultureInfo.InvariantCulture) + " " + what);
        TempData["Message"] = done;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> StaleAsync(int id)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, UnderminingOperations.Read);
        Conflict = true;
        ModelState.AddModelError("", StaleSave.Message("deze voorlegging"));
        return Page();
    }

    private Task AuditAsync(AuditAction action, string details) =>
        audit.RecordAsync(action, AuditRecordType.Signal, Referral.SignalId.ToString(CultureInfo.InvariantCulture), details: details, cancellationToken: HttpContext.RequestAborted);

    /// <summary>Referral ids are sequential: whoever may not read one gets 404, as for an id that does not exist.</summary>
    private async Task<IActionResult?> LoadAsync(int id, OperationAuthorizationRequirement operation)
    {
        var ct = HttpContext.RequestAborted;
        var referral = await db.Set<UnderminingReferral>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return NotFound();
        }
        var scope = await AccessScope.LoadAsync(db, User, ct);
        var resource = new ReferralInScope(referral, scope);
        var guard = HttpContext.Guard();
        if (await guard.RefuseUnlessAsync(User, resource, operation,
            Refusal.HiddenUnlessAllowed(UnderminingOperations.Read, AuditRecordType.Signal, referral.SignalId.ToString(CultureInfo.InvariantCulture)), ct) is { } refused)
        {
            return refused;
        }
        Referral = referral;
        CanAdvise = await guard.AllowsAsync(User, resource, UnderminingOperations.Advise);
        CanRiec = await guard.AllowsAsync(User, resource, UnderminingOperations.RiecStep);
        var municipality = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == referral.MunicipalityId, ct);
        MunicipalityName = municipality.Name;
        RegionOfMunicipality = municipality.RegionId;
        return null;
    }
}

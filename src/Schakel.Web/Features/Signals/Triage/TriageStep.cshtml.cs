using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Common;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals.Triage;

/// <summary>
/// The chain director's triage steps on one signal. The forms live on the signal page (<c>_TriageSection</c>); they post
/// here, and a refusal is shown here beside its field with everything entered kept.
/// </summary>
[Authorize(Policy = Policies.RegionalOverview)]
public sealed class TriageStepModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    private const int MaxText = 2000;

    public Signal Signal { get; private set; } = null!;
    public string? Municipality { get; private set; }
    [BindProperty] public TriageInput Triage { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        if (await LoadAsync(reference) is { } denied)
        {
            return denied;
        }
        Triage.Version = Signal.Version;
        await AuditAsync(AuditAction.Read, null);
        return Page();
    }

    public Task<IActionResult> OnPostPutOnTableAsync(string reference) =>
        StepAsync(reference, SignalAction.TriagePutOnTable, (s, by, at) => s.PutOnTable(by, Triage.TableNote, at));

    public Task<IActionResult> OnPostSendBackAsync(string reference) =>
        StepAsync(reference, SignalAction.TriageSendBack, (s, by, at) => s.SendBack(by, Triage.Question!, at));

    public Task<IActionResult> OnPostCloseAsync(string reference) =>
        StepAsync(reference, SignalAction.TriageClose, (s, by, at) => s.CloseInTriage(by, Triage.Reason!, at));

    private async Task<IActionResult> StepAsync(string reference, SignalAction action, Action<Signal, Actor, DateTimeOffset> step)
    {
        if (await LoadAsync(reference) is { } denied)
        {
            return denied;
        }
        foreach (var (field, text) in new[] { (nameof(TriageInput.TableNote), Triage.TableNote), (nameof(TriageInput.Question), Triage.Question), (nameof(TriageInput.Reason), Triage.Reason) })
        {
            if (text?.Length > MaxText)
            {
                return Refused(field, $"De tekst is te lang (maximaal {MaxText} tekens).");
            }
        }
        if (Signal.Version != Triage.Version)
        {
            return Refused("", StaleSave.Message("deze melding"), StatusCodes.Status409Conflict);
        }
        try
        {
            step(Signal, new Actor(User.UserId(), User.ActorName()), clock.GetUtcNow());
        }
        catch (DomainException refused)
        {
            return Refused(FieldOf(refused.Input), refused.Message);
        }
        db.Entry(Signal).Property(s => s.Version).OriginalValue = Triage.Version;
        if (!await db.SaveUnlessStaleAsync(HttpContext.RequestAborted))
        {
            return Refused("", StaleSave.Message("deze melding"), StatusCodes.Status409Conflict);
        }
        await AuditAsync(AuditAction.Update, "triage: " + action);
        TempData["Message"] = $"{Signal.Reference}: {SignalLabels.Dutch(action).ToLowerInvariant()} vastgelegd.";
        return RedirectToPage("TriageQueue");
    }

    private PageResult Refused(string field, string message, int status = StatusCodes.Status400BadRequest)
    {
        ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Triage)}.{field}", message);
        Response.StatusCode = status;
        return Page();
    }

    private static string FieldOf(string? input) => input switch
    {
        SignalStepInput.Question => nameof(TriageInput.Question),
        SignalStepInput.Reason => nameof(TriageInput.Reason),
        _ => "",
    };

    /// <summary>404 for an unknown reference; 403 (audited) for whoever is not the chain director of the signal's region.</summary>
    private async Task<IActionResult?> LoadAsync(string reference)
    {
        var signal = await db.Signals.Include(s => s.Municipality).FirstOrDefaultAsync(s => s.Reference == reference, HttpContext.RequestAborted);
        if (signal is null)
        {
            return NotFound();
        }
        var scope = await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted);
        if (await HttpContext.Guard().RefuseUnlessAsync(User, new SignalInScope(signal, scope), TriageOperations.Triage,
            Refusal.Forbidden(AuditRecordType.Signal, Id(signal), "triage"), HttpContext.RequestAborted) is { } refused)
        {
            return refused;
        }
        Signal = signal;
        Municipality = signal.Municipality?.Name;
        return null;
    }

    private Task AuditAsync(AuditAction action, string? details) =>
        audit.RecordAsync(action, AuditRecordType.Signal, Id(Signal), details: details, cancellationToken: HttpContext.RequestAborted);

    private static string Id(Signal s) => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Signals;

/// <summary>A signal with its history; the place where the attention officer enriches and decides.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DetailModel(SchakelDb db, SignalWorkflow workflow, SignalCheckOptions checkOptions, AuditLog audit, LinkProbeGuard probes, TimeProvider clock) : PageModel
{
    public Signal Signal { get; private set; } = null!;
    public ReferenceSnapshot Refs { get; private set; } = null!;
    public Access Access { get; private set; }
    public SignalAssessment Assessment { get; private set; } = null!;
    public IReadOnlyList<SignalAction> AllowedActions { get; private set; } = [];
    public bool Conflict { get; private set; }

    public const int MaxNote = 8000;

    /// <summary>The part of the page shown: from the address on a visit, the part of the form after a refused post.</summary>
    public string Tab { get; private set; } = DetailTabs.Overview;

    [BindProperty] public int Version { get; set; }
    [BindProperty] public SignalAction? Action { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public int? ForwardTo { get; set; }
    [BindProperty] public AcuteActor? AcuteBy { get; set; }
    [BindProperty] public string? AcuteIntervention { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public ConcernLevel? OverrideLevel { get; set; }
    [BindProperty] public string? OverrideReason { get; set; }
    [BindProperty] public SubjectDraft NewSubject { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string reference, string? tab)
    {
        var denied = await LoadAsync(reference);
        if (denied is not null)
        {
            return denied;
        }
        Tab = DetailTabs.Normalize(tab);
        Version = Signal.Version;
        await audit.RecordAsync(BreakGlassUsed ? AuditAction.BreakGlass : AuditAction.Read, AuditRecordType.Signal, Signal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            details: BreakGlassUsed ? "inzage via noodtoegang" : null, cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>True when this user sees the signal only through a break-glass grant.</summary>
    public bool BreakGlassUsed { get; private set; }

    /// <summary>Back to the tab and section where the user acted, with the confirmation waiting there.</summary>
    private RedirectResult Landed(string tab, string section, string message) =>
        Landing.Redirect(TempData, DetailTabs.Url(Signal.Reference, tab, section), section, message);

    private Task AuditChangeAsync(string what) =>
        audit.RecordAsync(AuditAction.Update, AuditRecordType.Signal, Signal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), details: what, cancellationToken: HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostDecideAsync(string reference)
    {
        Tab = DetailTabs.Actions;
        var denied = await LoadAsync(reference, requireWork: true);
        if (denied is not null)
        {
            return denied;
        }
        if (Action is null)
        {
            ModelState.AddModelError(nameof(Action), "Kies een besluit.");
            return Page();
        }
        var result = await workflow.ApplyAsync(Signal, Version,
            new SignalDecision(Action.Value, Reason, Outcome, ForwardTo, AcuteBy, AcuteIntervention), User, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field, message);
            }
            if (result.Conflict)
            {
                Conflict = true;
                db.ChangeTracker.Clear();
                await LoadAsync(reference);
            }
            return Page();
        }
        await AuditChangeAsync("besluit: " + Action.Value);
        var decided = $"Besluit vastgelegd: {SignalLabels.Dutch(Action.Value)}.";
        if (!await HttpContext.Guard().AllowsAsync(User, new SignalInScope(Signal, await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted)), SignalOperations.Read))
        {
            TempData["Message"] = decided;
            return RedirectToPage("/Signals/Queue");
        }
        return Landed(DetailTabs.Actions, "besluit", decided);
    }

    public async Task<IActionResult> OnPostNoteAsync(string reference)
    {
        Tab = DetailTabs.Notes;
        var denied = await LoadAsync(reference, requireWork: true);
        if (denied is not null)
        {
            return denied;
        }
        if (string.IsNullOrWhiteSpace(Note) || Note.Length > MaxNote)
        {
            ModelState.AddModelError(nameof(Note), string.IsNullOrWhiteSpace(Note) ? "Schrijf een notitie." : $"De notitie is te lang (maximaal {MaxNote} tekens).");
            return Page();
        }
        db.SignalNotes.Add(new SignalNote { SignalId = Signal.Id, At = clock.GetUtcNow(), UserId = User.UserId(), Author = User.ActorName(), Text = Note.Trim() });
        db.SignalEvents.Add(new SignalEvent { SignalId = Signal.Id, At = clock.GetUtcNow(), UserId = User.UserId(), Actor = User.ActorName(), Description = "Gemeentelijke informatie toegevoegd" });
        await db.SaveChangesAsync();
        await AuditChangeAsync("notitie toegevoegd");
        return Landed(DetailTabs.Notes, "notities", "Notitie toegevoegd.");
    }

    public async Task<IActionResult> OnPostOverrideAsync(string reference)
    {
        Tab = DetailTabs.Actions;
        var denied = await LoadAsync(reference, requireWork: true);
        if (denied is not null)
        {
            return denied;
        }
        if (OverrideLevel is null || string.IsNullOrWhiteSpace(OverrideReason))
        {
            ModelState.AddModelError(nameof(OverrideReason), "Kies een niveau en geef de reden waarom u van de signaalcheck afwijkt.");
            return Page();
        }
        if (Signal.Version != Version)
        {
            Conflict = true;
            ModelState.AddModelError("", SignalWorkflow.ConflictMessage);
            return Page();
        }
        Signal.OverrideLevel = OverrideLevel;
        Signal.OverrideReason = OverrideReason.Trim();
        Signal.Events.Add(new SignalEvent
        {
            At = clock.GetUtcNow(), UserId = User.UserId(), Actor = User.ActorName(),
            Description = $"Inschatting aangepast naar {SignalLabels.Dutch(OverrideLevel.Value).ToLowerInvariant()}", Reason = Signal.OverrideReason,
        });
        db.Entry(Signal).Property(s => s.Version).OriginalValue = Version;
        if (!await db.SaveUnlessStaleAsync())
        {
            Conflict = true;
            ModelState.AddModelError("", SignalWorkflow.ConflictMessage);
            await LoadAsync(reference);
            return Page();
        }
        await AuditChangeAsync("inschatting aangepast");
        return Landed(DetailTabs.Actions, "inschatting", "Inschatting aangepast.");
    }

    public async Task<IActionResult> OnPostSubjectAsync(string reference)
    {
        Tab = DetailTabs.Persons;
        var denied = await LoadAsync(reference, requireWork: true);
        if (denied is not null)
        {
            return denied;
        }
        if (NewSubject.IsEmpty)
        {
            ModelState.AddModelError("NewSubject", "Vul ten minste één gegeven van de persoon in.");
            return Page();
        }
        foreach (var (field, message) in SignalValidator.ValidateSubject(NewSubject, Refs, DutchTime.Today(clock)))
        {
            ModelState.AddModelError("NewSubject." + field, message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!await probes.MayEditAsync(User, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("NewSubject", LinkProbeGuard.LimitMessage);
            await audit.RecordAsync(AuditAction.Denied, AuditRecordType.Signal, Signal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), details: "te veel wijzigingen met verbanden elders", cancellationToken: HttpContext.RequestAborted);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var subject = NewSubject.ToSubject(DutchTime.Today(clock));
        subject.SignalId = Signal.Id;
        db.Subjects.Add(subject);
        db.SignalEvents.Add(new SignalEvent { SignalId = Signal.Id, At = clock.GetUtcNow(), UserId = User.UserId(), Actor = User.ActorName(), Description = $"Persoon toegevoegd ({SignalLabels.Dutch(subject.Role).ToLowerInvariant()})" });
        await db.SaveChangesAsync();
        await AuditChangeAsync("persoon toegevoegd: " + subject.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await SubjectKeys.UpdateAsync(db, [subject], clock, cancellationToken: HttpContext.RequestAborted);
        await probes.AfterEditAsync(User, subject, [], HttpContext.RequestAborted);
        return Landed(DetailTabs.Persons, DetailTabs.PersonSection(subject.Id), $"Persoon toegevoegd: {subject.FullName ?? SignalLabels.Dutch(subject.Role).ToLowerInvariant()}.");
    }

    /// <summary>Loads the signal and applies need-to-know: 404 when it does not exist, 403 when the user may not see it.</summary>
    private async Task<IActionResult?> LoadAsync(string reference, bool requireWork = false)
    {
        var signal = await db.Signals
            .Include(s => s.Forms).Include(s => s.Indicators).Include(s => s.Subjects)
            .Include(s => s.Events.OrderBy(e => e.At)).Include(s => s.Notes.OrderBy(n => n.At))
            .Include(s => s.Municipality).Include(s => s.MelderOrganisation)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Reference == reference, HttpContext.RequestAborted);
        if (signal is null)
        {
            return NotFound();
        }
        var scope = await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted);
        var guard = HttpContext.Guard();
        Access = await guard.LevelAsync(User, new SignalInScope(signal, scope), SignalOperations.Read, SignalOperations.Work);
        if (Access == Access.None && !requireWork && await BreakGlass.HasGrantAsync(db, User, signal, scope, clock, HttpContext.RequestAborted))
        {
            Access = Access.Read;
            BreakGlassUsed = true;
        }
        if (await guard.RefuseUnlessAsync(User, Access != Access.None && (!requireWork || Access == Access.Work),
            Refusal.Forbidden(AuditRecordType.Signal, signal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), HttpContext.RequestAborted) is { } refused)
        {
            return refused;
        }
        Signal = signal;
        Refs = await ReferenceSnapshot.LoadAsync(db, HttpContext.RequestAborted);
        Assessment = SignalCheck.Assess(Refs.Indicators.Where(i => signal.Indicators.Any(x => x.IndicatorCode == i.Code)), signal.IsAcute, checkOptions.Thresholds);
        AllowedActions = Access == Access.Work ? SignalStateMachine.MunicipalActions(signal.Kind, signal.Status).ToList() : [];
        return null;
    }
}

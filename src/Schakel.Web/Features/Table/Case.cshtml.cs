using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Core.Common;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Shared;
using Schakel.Web.Features.Signals;
using Schakel.Web.Features.Table.Contracts;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>
/// A case under monitoring: its signals and subjects, tracks with status and outcome, actions and the timeline.
/// Criminal-track outcome and details are loaded only for police users.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CaseModel(SchakelDb db, TableDirectory directory, AuditLog audit, TimeProvider clock) : PageModel
{
    public TableCase Case { get; private set; } = null!;
    public RegionalTable Table { get; private set; } = null!;
    public Access Access { get; private set; }
    public bool Police { get; private set; }
    public List<Signal> Signals { get; private set; } = [];
    public List<TableAction> Actions { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    public Dictionary<int, CriminalTrackDetail> PoliceDetails { get; private set; } = [];
    public DateOnly Today { get; private set; }

    /// <summary>The tab shown: the overview, one part of the case, or every part at once for printing.</summary>
    public string Tab { get; private set; } = CaseTabs.Overview;
    public bool Print => Tab == CaseTabs.Print;
    public DateTimeOffset PrintedAt => clock.GetUtcNow();

    /// <summary>The action whose status change was refused, and the status this user chose for it.</summary>
    public int? RefusedAction { get; private set; }
    public ActionStatus? RefusedStatus { get; private set; }

    [BindProperty] public int TrackId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public int CaseVersion { get; set; }
    [BindProperty] public string? OutcomeCode { get; set; }
    [BindProperty] public bool CloseTrack { get; set; }
    [BindProperty] public string? Detail { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? tab, string? weergave)
    {
        Tab = weergave == "afdrukken" ? CaseTabs.Print : CaseTabs.Known(tab);
        var denied = await LoadAsync(id, work: false);
        if (denied is not null)
        {
            return denied;
        }
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.Case, id.ToString(), cancellationToken: HttpContext.RequestAborted,
            subjects: Signals.SelectMany(s => s.Subjects).Select(s => s.Id));
        return Page();
    }

    public async Task<IActionResult> OnPostTrackAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        Tab = CaseTabs.Tracks;
        var denied = await LoadAsync(id, work: true);
        if (denied is not null)
        {
            return denied;
        }
        var track = Case.Tracks.FirstOrDefault(t => t.Id == TrackId);
        if (track is null)
        {
            return NotFound();
        }
        var key = $"Track-{TrackId}";
        // Others may not set or even see the criminal outcome; they only see whether the track is open.
        if (await HttpContext.Guard().RefuseUnlessAsync(User, !TrackOutcomes.IsPoliceOnly(track.Kind) || Police,
            Refusal.Forbidden(AuditRecordType.CaseTrack, TrackId.ToString()), ct) is { } refused)
        {
            return refused;
        }
        if (OutcomeCode is { Length: > 0 } && !TrackOutcomes.IsValid(track.Kind, OutcomeCode))
        {
            ModelState.AddModelError(key, "Kies een uitkomst die bij dit spoor hoort.");
        }
        if (CloseTrack && string.IsNullOrEmpty(OutcomeCode))
        {
            ModelState.AddModelError(key, $"Een spoor sluiten kan alleen met een uitkomst. Kies de uitkomst van het spoor {TableLabels.Dutch(track.Kind).ToLowerInvariant()}.");
        }
        if (CloseTrack && track.Status == TrackStatus.Open && track.Kind == TrackKind.Care
            && CareRules.WhyCareTrackNotClosable(await db.Set<CareFile>().AsNoTracking().Where(f => f.CaseId == id).ToListAsync(ct)) is { } openFiles)
        {
            ModelState.AddModelError(key, openFiles);
        }
        if (TrackOutcomes.IsPoliceOnly(track.Kind) && Detail?.Length > 4000)
        {
            ModelState.AddModelError(key, "De details zijn te lang (maximaal 4000 tekens).");
        }
        if (track.Version != Version)
        {
            ModelState.AddModelError(key, StaleSave.Message("dit spoor"));
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow();
        var actor = User.ActorName();
        var wasOpen = track.Status == TrackStatus.Open;
        var outcome = string.IsNullOrEmpty(OutcomeCode) ? null : OutcomeCode;
        if (CloseTrack)
        {
            track.Close(outcome, now);
        }
        else
        {
            if (outcome is not null)
            {
                track.RecordOutcome(outcome);
            }
            track.Reopen();
        }
        // The shared timeline says only that the criminal track changed, never how.
        var description = TrackOutcomes.IsPoliceOnly(track.Kind)
            ? $"Strafrechtelijk traject {(track.Status == TrackStatus.Open ? "open" : "gesloten")}"
            : $"Spoor {TableLabels.Dutch(track.Kind)}: {TableLabels.Dutch(track.Status).ToLowerInvariant()}{(track.OutcomeCode is null ? "" : ", " + TrackOutcomes.Label(track.Kind, track.OutcomeCode))}";
        if (wasOpen != (track.Status == TrackStatus.Open) || !TrackOutcomes.IsPoliceOnly(track.Kind))
        {
            Case.Events.Add(new CaseEvent { At = now, Actor = actor, Description = description });
        }
        if (TrackOutcomes.IsPoliceOnly(track.Kind) && !string.IsNullOrWhiteSpace(Detail))
        {
            var detail = await db.Set<CriminalTrackDetail>().FirstOrDefaultAsync(d => d.TrackId == track.Id, ct);
            if (detail is null)
            {
                db.Set<CriminalTrackDetail>().Add(new CriminalTrackDetail { TrackId = track.Id, Text = Detail.Trim(), UpdatedAt = now, UpdatedBy = actor });
            }
            else
            {
                detail.Text = Detail.Trim();
                detail.UpdatedAt = now;
                detail.UpdatedBy = actor;
            }
        }
        db.Entry(track).Property(t => t.Version).OriginalValue = Version;
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            await LoadAsync(id, work: true);
            ModelState.AddModelError(key, StaleSave.Message("dit spoor"));
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.CaseTrack, track.Id.ToString(), cancellationToken: ct);
        return Landing.Redirect(TempData, CaseTabs.Url(id, CaseTabs.Tracks, $"spoor-{track.Id}"), CaseTabs.Tracks, "Spoor bijgewerkt.");
    }

    public async Task<IActionResult> OnPostCloseAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        Tab = CaseTabs.Tracks;
        var denied = await LoadAsync(id, work: true);
        if (denied is not null)
        {
            return denied;
        }
        try
        {
            Case.Close(new Actor(User.UserId(), User.ActorName()), clock.GetUtcNow());
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError("Close", refused.Message);
            return Page();
        }
        db.Entry(Case).Property(c => c.Version).OriginalValue = CaseVersion;
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            await LoadAsync(id, work: true);
            CaseVersion = Case.Version;
            ModelState.AddModelError("Close", StaleSave.Message("deze casus"));
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.Case, id.ToString(), details: "afgesloten", cancellationToken: ct);
        return Landing.Redirect(TempData, CaseTabs.Url(id, CaseTabs.Tracks, CaseTabs.Tracks), CaseTabs.Tracks, $"Casus {Case.Reference} is afgesloten.");
    }

    public async Task<IActionResult> OnPostActionAsync(int id, int actionId, int actionVersion, ActionStatus status)
    {
        var ct = HttpContext.RequestAborted;
        Tab = CaseTabs.Actions;
        var denied = await LoadAsync(id, work: true);
        if (denied is not null)
        {
            return denied;
        }
        var action = Actions.FirstOrDefault(a => a.Id == actionId);
        if (action is null)
        {
            return NotFound();
        }
        if (await ActionStatusChange.ApplyAsync(db, action, actionVersion, status, User, clock, ct) is { } error)
        {
            ModelState.AddModelError($"Action-{actionId}", error);
            db.ChangeTracker.Clear();
            await LoadAsync(id, work: true);
            (RefusedAction, RefusedStatus) = (actionId, status);
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.TableAction, actionId.ToString(), cancellationToken: ct);
        return Landing.Redirect(TempData, CaseTabs.Url(id, CaseTabs.Actions, $"actie-{actionId}"), CaseTabs.Actions, "Actie bijgewerkt.");
    }

    private async Task<IActionResult?> LoadAsync(int id, bool work)
    {
        var ct = HttpContext.RequestAborted;
        // Only a handler that changes the case needs it tracked; a page that only shows it skips the tracker's snapshots.
        IQueryable<T> Rows<T>() where T : class => work ? db.Set<T>() : db.Set<T>().AsNoTracking();
        var tableCase = await Rows<TableCase>().Include(c => c.Tracks).Include(c => c.Events).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (tableCase is null)
        {
            return NotFound();
        }
        var table = (await directory.TableAsync(tableCase.TableId, ct))!;
        var signalMunicipalities = await db.Signals.Where(s => s.CaseId == id).Select(s => s.MunicipalityId).ToListAsync(ct);
        var guard = HttpContext.Guard();
        var resource = new CaseAtTable(table, tableCase, signalMunicipalities);
        // Case numbers are sequential: someone who may not see the case gets the same answer as for a number that
        // does not exist, so counting cases by probing ids learns nothing.
        if (await guard.RefuseUnlessAsync(User, resource, work ? CaseOperations.Decide : CaseOperations.Read,
            Refusal.HiddenUnlessAllowed(CaseOperations.Read, AuditRecordType.Case, id.ToString()), ct) is { } refused)
        {
            return refused;
        }
        Access = await guard.LevelAsync(User, resource, CaseOperations.Read, CaseOperations.Decide);
        Case = tableCase;
        Table = table;
        Police = await guard.AllowsAsync(User, Policies.PoliceDetails);
        Today = DutchTime.Today(clock);
        if (!work)
        {
            CaseVersion = tableCase.Version;
        }
        Signals = await db.Signals.AsNoTracking().Include(s => s.Subjects).Include(s => s.Events).Include(s => s.Municipality).AsSplitQuery()
            .Where(s => s.CaseId == id).OrderBy(s => s.ReceivedAt).ToListAsync(ct);
        Actions = await Rows<TableAction>().Where(a => a.CaseId == id).OrderBy(a => a.DueOn).ToListAsync(ct);
        if (Police)
        {
            var trackIds = tableCase.Tracks.Select(t => t.Id).ToList();
            PoliceDetails = await db.Set<CriminalTrackDetail>().Where(d => trackIds.Contains(d.TrackId)).ToDictionaryAsync(d => d.TrackId, ct);
        }
        Timeline = tableCase.Events.Select(e => new TimelineEntry(e.At, e.Description, e.Actor))
            .Concat(Signals.SelectMany(s => s.Events.Select(e => new TimelineEntry(e.At, $"Melding {s.Reference}: {e.Description}", e.Actor))))
            .OrderBy(e => e.At).ToList();
        return null;
    }
}

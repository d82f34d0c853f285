using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Table;
using Schakel.Core.Signals;
using Schakel.Web.Features.Reference.Contracts;
using Schakel.Web.Features.Table.Contracts;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>One screen per agenda item: the decision, tracks, case director, goal, agreements and actions.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DecideModel(SchakelDb db, TableDirectory directory, MeetingReader reader, DecisionRecorder recorder, AuditLog audit, TimeProvider clock) : PageModel
{
    public TableMeeting Meeting { get; private set; } = null!;
    public ItemView View { get; private set; } = null!;
    public List<MemberInfo> Members { get; private set; } = [];
    /// <summary>Members and the attention officers of the item's municipalities: who may be named case director.</summary>
    public List<MemberInfo> Directors { get; private set; } = [];
    public List<(int Id, string Reference, List<TrackKind> Tracks)> OpenCases { get; private set; } = [];
    public bool Conflict { get; private set; }
    /// <summary>The item's signals with their forms of exploitation, for the summary; the agenda view does not carry them.</summary>
    public List<Signal> Signals { get; private set; } = [];
    public ReferenceSnapshot Refs { get; private set; } = null!;
    [BindProperty] public DecisionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int itemId)
    {
        var denied = await LoadAsync(id, itemId);
        if (denied is not null)
        {
            return denied;
        }
        var it = View.Item;
        Input = new DecisionInput
        {
            Version = it.Version, ReasonableSuspicion = it.ReasonableSuspicion, Outcome = it.Outcome, Notes = it.DecisionNotes,
            DirectorUserId = View.Case?.DirectorUserId, FirstGoal = View.Case?.FirstGoal, WorkAgreements = View.Case?.WorkAgreements,
        };
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.AgendaItem, itemId.ToString(), cancellationToken: HttpContext.RequestAborted,
            subjects: View.Subjects.Select(s => s.Id));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int itemId)
    {
        var ct = HttpContext.RequestAborted;
        var denied = await LoadAsync(id, itemId);
        if (denied is not null)
        {
            return denied;
        }
        while (Input.Actions.Count < 3)
        {
            Input.Actions.Add(new ActionInput());
        }
        if (Input.Version != View.Item.Version)
        {
            return ShowConflict();
        }
        var existing = View.Item.CaseId is null && Input.JoinCaseId is { } join
            ? OpenCases.FirstOrDefault(c => c.Id == join).Tracks ?? []
            : View.Tracks.Select(t => t.Kind).ToList();
        var errors = DecisionValidator.Validate(Input, View.Item, Members.Select(m => m.UserId).ToList(), existing, OpenCases.Select(c => c.Id).ToList(),
            Directors.Select(m => m.UserId).ToList(), DutchTime.Today(clock));
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var item = await db.Set<AgendaItem>().Include(i => i.Meeting).Include(i => i.Signal)
            .FirstAsync(i => i.Id == itemId, ct);
        if (!await recorder.RecordAsync(item, Input, Directors, User, ct))
        {
            // Keep what this user typed and show the colleague's decision beside it.
            db.ChangeTracker.Clear();
            await LoadAsync(id, itemId);
            return ShowConflict();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.AgendaItem, itemId.ToString(), details: "besluit", cancellationToken: ct);
        // Back to the agenda at the item just decided, with the confirmation beside it.
        Landing.Record(TempData, AgendaModel.Anchor(itemId), $"Besluit over {View.Reference} vastgelegd.");
        return Redirect($"/tafel/vergaderingen/{id}/agenda#{AgendaModel.Anchor(itemId)}");
    }

    private PageResult ShowConflict()
    {
        Conflict = true;
        ModelState.AddModelError("", StaleSave.Message("dit punt"));
        ModelState.Remove("Input.Version");
        Input.Version = View.Item.Version;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, int itemId)
    {
        var ct = HttpContext.RequestAborted;
        var meeting = await directory.MeetingAsync(id, ct);
        if (meeting is null)
        {
            return NotFound();
        }
        if (await HttpContext.Guard().RefuseUnlessAsync(User, meeting, TableOperations.Attend,
            Refusal.HiddenUnlessAllowed(TableOperations.Read, AuditRecordType.AgendaItem, itemId.ToString()), ct) is { } refused)
        {
            return refused;
        }
        var view = (await reader.ItemsAsync(meeting, User, ct)).FirstOrDefault(v => v.Item.Id == itemId);
        if (view is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        View = view;
        Members = await directory.MembersAsync(meeting.Table!, ct);
        var item = view.Item;
        Signals = await db.Signals.AsNoTracking().Include(s => s.Forms)
            .Where(s => s.Id == item.SignalId || (item.CaseId != null && s.CaseId == item.CaseId)).OrderBy(s => s.ReceivedAt).ToListAsync(ct);
        Refs = await ReferenceSnapshot.LoadAsync(db, ct);
        Directors = await MunicipalOfficers.DirectorCandidatesAsync(db, view.Item, Members, ct);
        if (view.Item.CaseId is null)
        {
            var open = await db.Set<TableCase>().Where(c => c.TableId == meeting.TableId && c.ClosedAt == null)
                .OrderByDescending(c => c.OpenedAt).Select(c => new { c.Id, c.Reference, Tracks = c.Tracks.Select(t => t.Kind).ToList() }).ToListAsync(ct);
            OpenCases = open.Select(c => (c.Id, c.Reference, c.Tracks)).ToList();
        }
        return null;
    }
}

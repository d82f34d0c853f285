using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>The tables a user sits at and their meetings; chair and secretary plan meetings here.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(SchakelDb db, TableDirectory directory, AuditLog audit, TimeProvider clock) : PageModel
{
    public List<(RegionalTable Table, List<TableMeeting> Meetings, bool CanManage, DateTime Suggested)> Tables { get; } = [];
    /// <summary>For an attention officer without a seat: meetings that discuss items of the own municipality.</summary>
    public List<TableMeeting> OwnMunicipalityMeetings { get; private set; } = [];
    public SortOrder Order { get; private set; } = SortOrder.Default;
    [BindProperty] public int TableId { get; set; }
    [BindProperty] public DateTime? StartsAt { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var ct = HttpContext.RequestAborted;
        var table = await directory.TableAsync(TableId, ct);
        if (table is null)
        {
            return NotFound();
        }
        var guard = HttpContext.Guard();
        if (!await guard.AllowsAsync(User, table, TableOperations.Manage))
        {
            return await guard.AllowsAsync(User, table, TableOperations.Attend) ? Forbid() : NotFound();
        }
        if (StartsAt is null)
        {
            ModelState.AddModelError(nameof(StartsAt), "Geef datum en tijd van de vergadering.");
            await LoadAsync();
            return Page();
        }
        var meeting = new TableMeeting { TableId = table.Id, StartsAt = DutchTime.ToUtc(StartsAt.Value) };
        db.Set<TableMeeting>().Add(meeting);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Create, AuditRecordType.TableMeeting, meeting.Id.ToString(), cancellationToken: ct);
        TempData["Message"] = $"Vergadering van {DutchTime.Format(meeting.StartsAt)} toegevoegd.";
        return RedirectToPage("Meeting", new { id = meeting.Id });
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Order = SortOrder.From(Request, "datum");
        foreach (var table in await directory.TablesOfAsync(User, ct))
        {
            var meetings = await db.Set<TableMeeting>().Where(m => m.TableId == table.Id).OrderByDescending(m => m.StartsAt).Take(20).ToListAsync(ct);
            var last = meetings.FirstOrDefault()?.StartsAt ?? clock.GetUtcNow();
            if (Order.Is("datum"))
            {
                meetings = Order.By(meetings, m => m.StartsAt).ToList();
            }
            var suggested = DutchTime.ToLocal(last.AddDays(table.MeetingIntervalDays));
            Tables.Add((table, meetings, await HttpContext.Guard().AllowsAsync(User, table, TableOperations.Manage), suggested));
        }
        if (User.MunicipalityFollowedAtTables() is { } own)
        {
            var seated = Tables.Select(t => t.Table.Id).ToList();
            OwnMunicipalityMeetings = await db.Set<TableMeeting>().Include(m => m.Table)
                .Where(m => !seated.Contains(m.TableId) && (m.Items.Any(i => (i.Signal != null && i.Signal.MunicipalityId == own) || (i.Case != null && i.Case.MunicipalityId == own))
                    || db.Set<MeetingGuest>().Any(g => g.MeetingId == m.Id && g.OrganisationId == own)))
                .OrderByDescending(m => m.StartsAt).Take(20).ToListAsync(ct);
        }
    }
}

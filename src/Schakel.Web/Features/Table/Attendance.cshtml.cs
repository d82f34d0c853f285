using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Table;
using Schakel.Web.Features.Table.Contracts;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

public sealed class AttendanceInput
{
    public string UserId { get; set; } = "";
    public Presence? Presence { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// The chair or secretary records who attended: each member present, absent with notice or absent, and anyone else of
/// the region who joined as a guest (the municipality for its own item). The minutes print this list.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AttendanceModel(SchakelDb db, TableDirectory directory, MeetingReader reader, AuditLog audit, TimeProvider clock) : PageModel
{
    public TableMeeting Meeting { get; private set; } = null!;
    public List<MemberInfo> Members { get; private set; } = [];
    public List<MemberInfo> Guests { get; private set; } = [];
    public Dictionary<string, MeetingAttendance> Recorded { get; private set; } = [];
    [BindProperty] public List<AttendanceInput> Input { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        Input = Members.Concat(Guests).Select(p => Recorded.TryGetValue(p.UserId, out var r)
            ? new AttendanceInput { UserId = p.UserId, Presence = r.Presence, Version = r.Version }
            : new AttendanceInput { UserId = p.UserId }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        var members = Members.ToDictionary(m => m.UserId);
        var guests = Guests.ToDictionary(g => g.UserId);
        if (Input.Any(r => !members.ContainsKey(r.UserId) && !guests.ContainsKey(r.UserId)))
        {
            ModelState.AddModelError("", "Iemand in het formulier hoort niet (meer) bij deze tafel of regio. Laad de pagina opnieuw.");
        }
        // Rows follow the page's order whatever order they came in; a row not sent stays as recorded.
        var posted = Input.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Last());
        var sent = posted.Keys.ToHashSet();
        Input = Members.Concat(Guests).Select(p => posted.GetValueOrDefault(p.UserId) ?? (Recorded.TryGetValue(p.UserId, out var r)
            ? new AttendanceInput { UserId = p.UserId, Presence = r.Presence, Version = r.Version }
            : new AttendanceInput { UserId = p.UserId })).ToList();
        for (var n = 0; n < Input.Count; n++)
        {
            var row = Input[n];
            var valid = members.ContainsKey(row.UserId) ? row.Presence != Presence.Guest
                : row.Presence is null or Presence.Guest || row.Presence == Recorded.GetValueOrDefault(row.UserId)?.Presence;
            if (!valid)
            {
                ModelState.AddModelError($"Input[{n}].Presence", "Kies voor een lid aanwezig, afwezig met bericht of afwezig; een gast is aanwezig of niet.");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var by = User.ActorName();
        var now = clock.GetUtcNow();
        foreach (var row in Input.Where(r => sent.Contains(r.UserId)))
        {
            var person = members.TryGetValue(row.UserId, out var m) ? m : guests[row.UserId];
            Recorded.TryGetValue(row.UserId, out var line);
            if (line is not null && row.Presence is null)
            {
                db.Entry(line).Property(l => l.Version).OriginalValue = row.Version;
                db.Remove(line);
            }
            else if (line is not null && line.Presence != row.Presence)
            {
                db.Entry(line).Property(l => l.Version).OriginalValue = row.Version;
                line.Presence = row.Presence!.Value;
                line.RecordedAt = now;
                line.RecordedBy = by;
            }
            else if (line is null && row.Presence is { } presence)
            {
                db.Add(new MeetingAttendance
                {
                    MeetingId = id, UserId = person.UserId, Name = person.Name, Organisation = person.Organisation,
                    Presence = presence, RecordedAt = now, RecordedBy = by,
                });
            }
        }
        bool saved;
        try
        {
            saved = await db.SaveUnlessStaleAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person was added in another window at the same moment (unique per meeting and person).
            db.ChangeTracker.Clear();
            saved = false;
        }
        if (!saved)
        {
            await LoadAsync(id);
            ModelState.Clear();
            foreach (var row in Input)
            {
                row.Version = Recorded.TryGetValue(row.UserId, out var r) ? r.Version : 0;
            }
            ModelState.AddModelError("", StaleSave.Message("de aanwezigheid"));
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.TableMeeting, id.ToString(System.Globalization.CultureInfo.InvariantCulture), details: "aanwezigheid", cancellationToken: ct);
        Landing.Record(TempData, "leden", "De aanwezigheid is vastgelegd.");
        return Redirect($"/tafel/vergaderingen/{id}/aanwezigheid#leden");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var opened = await reader.OpenAsync(id, User, manage: true, AuditRecordType.TableMeeting, ct);
        if (opened.Denied is not null)
        {
            return opened.Denied;
        }
        Meeting = opened.Meeting!;
        Members = await directory.MembersAsync(Meeting.Table!, ct);
        Recorded = await db.Set<MeetingAttendance>().Where(a => a.MeetingId == id).ToDictionaryAsync(a => a.UserId, ct);
        var memberIds = Members.Select(m => m.UserId).ToList();
        // Guests come from the organisations of the table's region, plus anyone recorded earlier who left it since.
        var recordedIds = Recorded.Keys.ToList();
        var guests = await db.Users.AsNoTracking()
            .Where(u => !memberIds.Contains(u.Id) && ((u.Active && u.Organisation!.RegionId == Meeting.Table!.RegionId) || recordedIds.Contains(u.Id)))
            .Select(u => new { u.Id, u.DisplayName, Org = u.Organisation!.Name }).ToListAsync(ct);
        Guests = guests.Select(u => new MemberInfo(u.Id, u.DisplayName, u.Org)).OrderBy(g => g.Organisation).ThenBy(g => g.Name).ToList();
        return null;
    }
}

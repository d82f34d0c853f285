using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Table;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Features.Table.Contracts;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>
/// One meeting: its date, the way to the pre-round, agenda and minutes, and the chair's preparation steps. Preparing a
/// meeting invites the municipalities of its items and plans the next meeting at the table's rhythm.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MeetingModel(SchakelDb db, TableDirectory directory, MeetingReader reader, AgendaBuilder builder, Notifier notifier, AuditLog audit, TimeProvider clock,
    MeetingInvitations invitations, MeetingRhythm rhythm) : PageModel
{
    /// <summary>The id of the chair's preparation section, where its posts land.</summary>
    public const string Preparing = "voorbereiden";

    /// <summary>The choice when moving: only this meeting, or this one and every later one by the same shift.</summary>
    public const string OnlyThis = "deze";
    public const string ThisAndLater = "volgende";

    public TableMeeting Meeting { get; private set; } = null!;
    public Access Access { get; private set; }
    public bool CanManage { get; private set; }
    public bool Conflict { get; private set; }
    [BindProperty] public DateTime? StartsAt { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Series { get; set; }
    public List<InvitedMunicipality> Guests { get; private set; } = [];
    public int LaterMeetings { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var denied = await LoadAsync(id, manage: false);
        if (denied is not null)
        {
            return denied;
        }
        StartsAt = DutchTime.ToLocal(Meeting.StartsAt);
        Version = Meeting.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostGenerateAsync(int id)
    {
        var denied = await LoadAsync(id, manage: true);
        if (denied is not null)
        {
            return denied;
        }
        var ct = HttpContext.RequestAborted;
        var added = await builder.GenerateAsync(Meeting, ct);
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.TableMeeting, id.ToString(), details: "agenda opgesteld", cancellationToken: ct);
        TempData["Message"] = (added == 0 ? "De agenda was al bijgewerkt; er zijn geen nieuwe punten." : $"Agenda bijgewerkt: {added} punt(en) toegevoegd.") + await PrepareAsync(ct);
        return RedirectToPage("Agenda", new { id });
    }

    public async Task<IActionResult> OnPostPreRoundAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var denied = await LoadAsync(id, manage: true);
        if (denied is not null)
        {
            return denied;
        }
        await builder.GenerateAsync(Meeting, ct);
        Meeting.PreRoundSentAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var members = await directory.MembersAsync(Meeting.Table!, ct);
        await notifier.NotifyUsersAsync(members.Select(m => m.UserId).Where(u => u != User.UserId()), NotificationKind.PreRound,
            $"Voorronde voor de regionale tafel van {DutchTime.Format(Meeting.StartsAt)}: geef per persoon aan of die bij u bekend is",
            $"/tafel/vergaderingen/{id}/voorronde", ct);
        Landing.Record(TempData, Preparing, "De voorronde is verstuurd naar de leden van de tafel." + await PrepareAsync(ct));
        return Redirect($"/tafel/vergaderingen/{id}#{Preparing}");
    }

    public async Task<IActionResult> OnPostMoveAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var denied = await LoadAsync(id, manage: true);
        if (denied is not null)
        {
            return denied;
        }
        if (StartsAt is null)
        {
            ModelState.AddModelError(nameof(StartsAt), "Geef de nieuwe datum en tijd.");
        }
        if (Series is not (OnlyThis or ThisAndLater) && LaterMeetings > 0)
        {
            ModelState.AddModelError(nameof(Series), "Kies of alleen deze vergadering verzet wordt, of ook alle volgende.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var shift = StartsAt!.Value - DutchTime.ToLocal(Meeting.StartsAt);
        var later = Series == ThisAndLater ? await rhythm.LaterAsync(Meeting, ct) : [];
        Meeting.StartsAt = DutchTime.ToUtc(StartsAt.Value);
        db.Entry(Meeting).Property(m => m.Version).OriginalValue = Version;
        // The series keeps its rhythm: each later meeting moves by the same shift in Dutch local time.
        foreach (var next in later)
        {
            next.StartsAt = MeetingRhythm.Shift(DutchTime.ToLocal(next.StartsAt), shift);
        }
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, manage: true);
            Conflict = true;
            ModelState.Remove(nameof(Version));
            Version = Meeting.Version;
            ModelState.AddModelError("", StaleSave.Message("deze vergadering"));
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.TableMeeting, id.ToString(), details: later.Count == 0 ? "verzet" : $"verzet met {later.Count} volgende", cancellationToken: ct);
        Landing.Record(TempData, Preparing, $"Vergadering verzet naar {DutchTime.Format(Meeting.StartsAt)}." + (later.Count == 0 ? "" : $" Ook {later.Count} volgende vergadering(en) zijn verzet."));
        return Redirect($"/tafel/vergaderingen/{id}#{Preparing}");
    }

    /// <summary>Invites the municipalities of the agenda's items and plans the next meeting; says what it did.</summary>
    private async Task<string> PrepareAsync(CancellationToken ct)
    {
        var invited = await invitations.InviteAsync(Meeting, ct);
        var next = await rhythm.PlanAfterAsync(Meeting, Meeting.Table!, ct);
        if (next is not null)
        {
            await audit.RecordAsync(AuditAction.Create, AuditRecordType.TableMeeting, next.Id.ToString(), details: "volgens het ritme", cancellationToken: ct);
        }
        return (invited == 0 ? "" : $" {invited} gemeente(n) uitgenodigd voor hun eigen punten.")
            + (next is null ? "" : $" Volgende vergadering volgens het ritme gepland op {DutchTime.Format(next.StartsAt)}.");
    }

    private async Task<IActionResult?> LoadAsync(int id, bool manage)
    {
        var opened = await reader.OpenAsync(id, User, manage, AuditRecordType.TableMeeting, HttpContext.RequestAborted);
        Access = opened.Access;
        CanManage = opened.CanManage;
        if (opened.Denied is not null)
        {
            return opened.Denied;
        }
        Meeting = opened.Meeting!;
        Guests = await invitations.GuestsAsync(id, HttpContext.RequestAborted);
        LaterMeetings = CanManage ? (await rhythm.LaterAsync(Meeting, HttpContext.RequestAborted)).Count : 0;
        return null;
    }
}

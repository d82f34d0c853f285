using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Table;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>One meeting: its date, the way to the pre-round, agenda and minutes, and the chair's preparation steps.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MeetingModel(SchakelDb db, TableDirectory directory, MeetingReader reader, AgendaBuilder builder, Notifier notifier, AuditLog audit, TimeProvider clock) : PageModel
{
    public TableMeeting Meeting { get; private set; } = null!;
    public Access Access { get; private set; }
    public bool CanManage { get; private set; }
    public bool Conflict { get; private set; }
    [BindProperty] public DateTime? StartsAt { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var denied = await LoadAsync(id, manage: false);
        if (denied is not null)
        {
            return denied;
        }
        StartsAt = TableTime.ToLocal(Meeting.StartsAt);
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
        var added = await builder.GenerateAsync(Meeting, HttpContext.RequestAborted);
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.TableMeeting, id.ToString(), details: "agenda opgesteld", cancellationToken: HttpContext.RequestAborted);
        TempData["Message"] = added == 0 ? "De agenda was al bij; er zijn geen nieuwe punten." : $"Agenda bijgewerkt: {added} punt(en) toegevoegd.";
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
            $"Voorronde voor de regionale tafel van {TableTime.Format(Meeting.StartsAt)}: geef per persoon aan of die bij u bekend is",
            $"/tafel/vergaderingen/{id}/voorronde", ct);
        TempData["Message"] = "De voorronde is verstuurd naar de leden van de tafel.";
        return RedirectToPage(new { id });
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
            return Page();
        }
        Meeting.StartsAt = TableTime.ToUtc(StartsAt.Value);
        db.Entry(Meeting).Property(m => m.Version).OriginalValue = Version;
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            await LoadAsync(id, manage: true);
            Conflict = true;
            ModelState.Remove(nameof(Version));
            Version = Meeting.Version;
            ModelState.AddModelError("", StaleSave.Message("deze vergadering"));
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.TableMeeting, id.ToString(), details: "verzet", cancellationToken: ct);
        TempData["Message"] = $"Vergadering verzet naar {TableTime.Format(Meeting.StartsAt)}.";
        return RedirectToPage(new { id });
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
        return null;
    }
}

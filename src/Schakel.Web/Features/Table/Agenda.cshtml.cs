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

/// <summary>The generated agenda in four sections; the chair and secretary reorder and postpone items here.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AgendaModel(SchakelDb db, MeetingReader reader, AuditLog audit) : PageModel
{
    public TableMeeting Meeting { get; private set; } = null!;
    public Access Access { get; private set; }
    public bool CanManage { get; private set; }
    public List<ItemView> Items { get; private set; } = [];
    public List<TableAction> Overdue { get; private set; } = [];
    /// <summary>For a reader without a seat: how many items of other municipalities are on the agenda, never which.</summary>
    public int OtherItems { get; private set; }
    [BindProperty] public int ItemId { get; set; }
    [BindProperty] public string? Direction { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var denied = await LoadAsync(id, manage: false);
        if (denied is not null)
        {
            return denied;
        }
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.TableAgenda, id.ToString(), cancellationToken: HttpContext.RequestAborted,
            subjects: Items.SelectMany(i => i.Subjects).Select(s => s.Id));
        return Page();
    }

    /// <summary>The fragment id of an agenda item, where a post about it (move, postpone, decide) lands.</summary>
    public static string Anchor(int itemId) => $"punt-{itemId}";

    private RedirectResult BackToItem(int id, int itemId) => Redirect($"/tafel/vergaderingen/{id}/agenda#{Anchor(itemId)}");

    public async Task<IActionResult> OnPostMoveAsync(int id)
    {
        var denied = await LoadAsync(id, manage: true);
        if (denied is not null)
        {
            return denied;
        }
        var acute = await AgendaOrder.AcuteItemIdsAsync(db, id, HttpContext.RequestAborted);
        var all = AgendaOrder.Apply(await db.Set<AgendaItem>().Where(i => i.MeetingId == id).ToListAsync(), i => i, i => acute.Contains(i.Id));
        var index = all.FindIndex(i => i.Id == ItemId);
        if (index < 0)
        {
            return NotFound();
        }
        var other = Direction == "up" ? index - 1 : index + 1;
        // Items move within their own section, and acute items stay above the others; the sections keep their fixed order.
        if (other >= 0 && other < all.Count && all[other].Section == all[index].Section && acute.Contains(all[other].Id) == acute.Contains(all[index].Id))
        {
            (all[index].Position, all[other].Position) = (all[other].Position, all[index].Position);
            if (!await db.SaveUnlessStaleAsync())
            {
                // Someone else reordered or decided at the same moment; their order stands and the page shows it.
                Landing.Record(TempData, Anchor(ItemId), StaleSave.Notice("de volgorde"));
            }
        }
        else if (other >= 0 && other < all.Count && all[other].Section == all[index].Section)
        {
            Landing.Record(TempData, Anchor(ItemId), "Acute punten staan altijd boven de andere punten van hun onderdeel.");
        }
        return BackToItem(id, ItemId);
    }

    public async Task<IActionResult> OnPostPostponeAsync(int id)
    {
        var denied = await LoadAsync(id, manage: true);
        if (denied is not null)
        {
            return denied;
        }
        var item = await db.Set<AgendaItem>().FirstOrDefaultAsync(i => i.Id == ItemId && i.MeetingId == id);
        if (item is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > 1000)
        {
            ModelState.AddModelError($"Reason-{ItemId}", string.IsNullOrWhiteSpace(Reason) ? "Geef de reden om dit punt uit te stellen." : "De reden is te lang (maximaal 1000 tekens).");
            await FillAsync();
            return Page();
        }
        if (item.Version != Version)
        {
            return await PostponeConflictAsync();
        }
        if (item.IsDecided)
        {
            ModelState.AddModelError($"Reason-{ItemId}", "Over dit punt is al besloten; het kan niet meer worden uitgesteld.");
            await FillAsync();
            return Page();
        }
        item.PostponedReason = Reason.Trim();
        db.Entry(item).Property(i => i.Version).OriginalValue = Version;
        if (!await db.SaveUnlessStaleAsync())
        {
            return await PostponeConflictAsync();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.AgendaItem, item.Id.ToString(), details: "uitgesteld");
        Landing.Record(TempData, Anchor(item.Id), "Het punt is uitgesteld; het komt op de agenda van de volgende vergadering.");
        return BackToItem(id, item.Id);
    }

    /// <summary>A colleague decided or changed the item meanwhile: the agenda shows the new state, the typed reason stays.</summary>
    private async Task<IActionResult> PostponeConflictAsync()
    {
        ModelState.AddModelError($"Reason-{ItemId}", StaleSave.Message("dit punt"));
        await FillAsync();
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, bool manage)
    {
        var opened = await reader.OpenAsync(id, User, manage, AuditRecordType.TableAgenda, HttpContext.RequestAborted);
        Access = opened.Access;
        CanManage = opened.CanManage;
        if (opened.Denied is not null)
        {
            return opened.Denied;
        }
        Meeting = opened.Meeting!;
        if (!manage)
        {
            await FillAsync();
        }
        return null;
    }

    private async Task FillAsync()
    {
        Items = await reader.ItemsAsync(Meeting, User, HttpContext.RequestAborted);
        Overdue = Access == Access.Work ? await reader.OverdueAsync(Meeting, HttpContext.RequestAborted) : [];
        OtherItems = Access == Access.Work ? 0 : await db.Set<AgendaItem>().CountAsync(i => i.MeetingId == Meeting.Id, HttpContext.RequestAborted) - Items.Count;
    }
}

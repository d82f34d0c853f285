using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Notifications;

/// <summary>
/// The user's own notifications. Each one links to what it is about (a plain GET); marking it read is a separate
/// button, so following a link never changes anything and the user decides when a message is dealt with.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class NotificationsPageModel(SchakelDb db, TimeProvider clock) : PageModel
{
    public List<Notification> Items { get; private set; } = [];
    public SortOrder Order { get; private set; } = SortOrder.Default;

    public async Task OnGetAsync()
    {
        Order = SortOrder.From(Request, "bericht", "ontvangen", "status");
        var mine = db.Notifications.Where(n => n.UserId == User.UserId());
        var sorted = Order.Column switch
        {
            "bericht" => Order.By(mine, n => n.Title).ThenByDescending(n => n.CreatedAt),
            "ontvangen" => Order.By(mine, n => n.CreatedAt),
            // Unread first when ascending: "Nieuw" is what the user looks for.
            "status" => Order.By(mine, n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt),
            _ => mine.OrderByDescending(n => n.CreatedAt),
        };
        Items = await sorted.Take(100).ToListAsync();
    }

    public async Task<IActionResult> OnPostReadAsync(long id, string? terug)
    {
        var item = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == User.UserId());
        if (item is null)
        {
            return NotFound();
        }
        item.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData["Message"] = "Het bericht is gemarkeerd als gelezen.";
        // Back to the list the button was in (the start page or this page), never to another site.
        return terug is not null && Url.IsLocalUrl(terug) ? LocalRedirect(terug + "#berichten") : RedirectToPage(null, null, "berichten");
    }
}

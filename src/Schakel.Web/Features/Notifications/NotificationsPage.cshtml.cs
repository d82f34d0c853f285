using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Notifications;

[Authorize(Policy = Policies.SignedIn)]
public sealed class NotificationsPageModel(SchakelDb db, TimeProvider clock) : PageModel
{
    public List<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync() =>
        Items = await db.Notifications.Where(n => n.UserId == User.UserId()).OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync();

    public async Task<IActionResult> OnPostReadAsync(long id)
    {
        var item = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == User.UserId());
        if (item is null)
        {
            return NotFound();
        }
        item.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync();
        return item.Url is not null && item.Url.StartsWith('/') ? LocalRedirect(item.Url) : RedirectToPage();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.Users;

public sealed record UserRow(string Id, string DisplayName, string? Email, string Organisation, IReadOnlyList<string> Roles, bool TwoFactor, bool LockedOut, bool Active);

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(SchakelDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, Organisation = u.Organisation!.Name, u.TwoFactorEnabled, u.LockoutEnd, u.Active })
            .ToListAsync(ct);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        // Lockout is compared in memory: SQLite cannot order or compare DateTimeOffset columns.
        var now = clock.GetUtcNow();
        Rows = users.Select(u => new UserRow(u.Id, u.DisplayName, u.Email, u.Organisation, roles[u.Id].ToList(), u.TwoFactorEnabled, u.LockoutEnd > now, u.Active)).ToList();
    }
}

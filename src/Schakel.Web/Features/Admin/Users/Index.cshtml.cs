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
    public SortOrder Order { get; private set; } = SortOrder.Default;

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
        var rows = users.Select(u => new UserRow(u.Id, u.DisplayName, u.Email, u.Organisation, roles[u.Id].ToList(), u.TwoFactorEnabled, u.LockoutEnd > now, u.Active));
        Order = SortOrder.From(Request, "naam", "email", "organisatie", "tweestaps", "geblokkeerd", "actief");
        var byName = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);
        Rows = (Order.Column switch
        {
            "naam" => Order.Descending ? rows.OrderByDescending(r => r.DisplayName, byName) : rows.OrderBy(r => r.DisplayName, byName),
            "email" => Order.By(rows, r => r.Email ?? ""),
            "organisatie" => Order.By(rows, r => r.Organisation).ThenBy(r => r.DisplayName, byName),
            "tweestaps" => Order.By(rows, r => r.TwoFactor).ThenBy(r => r.DisplayName, byName),
            "geblokkeerd" => Order.By(rows, r => r.LockedOut).ThenBy(r => r.DisplayName, byName),
            "actief" => Order.By(rows, r => r.Active).ThenBy(r => r.DisplayName, byName),
            _ => rows.OrderBy(r => r.DisplayName, byName),
        }).ToList();
    }
}

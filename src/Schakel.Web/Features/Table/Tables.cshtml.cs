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

/// <summary>Every regional table with its chair and seats; the chain director or beheerder sets up a new one here.</summary>
[Authorize(Policy = Policies.TableAdministration)]
public sealed class TablesModel(SchakelDb db, AuditLog audit) : PageModel
{
    public List<RegionalTable> Tables { get; private set; } = [];
    public TableRoster Roster { get; private set; } = null!;
    [BindProperty] public TableInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Roster.Regions.Count == 1)
        {
            Input.RegionId = Roster.Regions[0].Id;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        await LoadAsync();
        var names = await db.Set<RegionalTable>().Where(t => t.RegionId == Input.RegionId).Select(t => t.Name).ToListAsync(ct);
        foreach (var (field, message) in TableSettingsValidator.Validate(Input, Roster, names))
        {
            ModelState.AddModelError(field, message);
        }
        if (Input.RegionId is not null && !await HttpContext.Guard().AllowsAsync(User, new TablesOfRegion(Input.RegionId, await AccessScope.LoadAsync(db, User, ct)), TableOperations.Administer))
        {
            ModelState.AddModelError("Input.RegionId", TablesOfRegion.OtherRegionMessage);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var table = new RegionalTable { Name = "" };
        Input.ApplyTo(table);
        db.Set<RegionalTable>().Add(table);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Create, AuditRecordType.RegionalTable, table.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: ct);
        TempData["Message"] = $"Tafel '{table.Name}' aangemaakt. Voeg nu de leden toe.";
        return RedirectToPage("TableEdit", new { id = table.Id });
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var scope = await AccessScope.LoadAsync(db, User, ct);
        Tables = [];
        foreach (var table in await db.Set<RegionalTable>().Include(t => t.Members).AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct))
        {
            if (await HttpContext.Guard().AllowsAsync(User, new TablesOfRegion(table.RegionId, scope), TableOperations.Administer))
            {
                Tables.Add(table);
            }
        }
        Roster = await TableRoster.LoadAsync(db, ct);
    }
}

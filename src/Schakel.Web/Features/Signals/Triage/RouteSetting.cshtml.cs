using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals.Triage;

/// <summary>
/// Per region: does a signal the attention officer registers go straight to the table, or first to the chain director's
/// triage? Set by whoever sets up the region's tables: the chain director of that region, or the administrator.
/// </summary>
[Authorize(Policy = Policies.TableAdministration)]
public sealed class RouteSettingModel(SchakelDb db, AuditLog audit) : PageModel
{
    public List<Region> Regions { get; private set; } = [];
    [BindProperty] public int? RegionId { get; set; }
    [BindProperty] public TableRoute? Route { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var region = RegionId is { } id ? await db.Regions.FirstOrDefaultAsync(r => r.Id == id, ct) : null;
        if (region is not null && await HttpContext.Guard().RefuseUnlessAsync(User, new TablesOfRegion(region.Id, await AccessScope.LoadAsync(db, User, ct)), TableOperations.Administer,
            Refusal.Forbidden(AuditRecordType.Organisation, null, $"route regio {region.Id}"), ct) is { } refused)
        {
            return refused;
        }
        if (region is null)
        {
            ModelState.AddModelError(nameof(RegionId), "Kies de regio.");
        }
        if (Route is null || !Enum.IsDefined(Route.Value))
        {
            ModelState.AddModelError(nameof(Route), "Kies de route na de aandachtsfunctionaris.");
        }
        else if (region is not null && Route == TableRoute.ViaChainDirector && !await HasChainDirectorAsync(region.Id, ct))
        {
            ModelState.AddModelError(nameof(Route), "Deze regio heeft nog geen actieve ketenregisseur; meldingen zouden bij niemand terechtkomen. Geef eerst iemand van de regio de rol ketenregisseur.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync();
            return Page();
        }
        region!.TableRoute = Route!.Value;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.Organisation, null, details: $"route regio {region.Id}: {Route}", cancellationToken: ct);
        TempData["Message"] = $"Regio {region.Name}: {TableRouteLabels.Dutch(region.TableRoute).ToLowerInvariant()}.";
        return RedirectToPage();
    }

    private Task<bool> HasChainDirectorAsync(int regionId, CancellationToken ct) => Recipients.InRegion(db, Roles.ChainDirector, regionId).AnyAsync(ct);

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var scope = await AccessScope.LoadAsync(db, User, ct);
        Regions = [];
        foreach (var region in await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct))
        {
            if (await HttpContext.Guard().AllowsAsync(User, new TablesOfRegion(region.Id, scope), TableOperations.Administer))
            {
                Regions.Add(region);
            }
        }
        if (RegionId is null && Regions.Count == 1)
        {
            RegionId = Regions[0].Id;
            Route ??= Regions[0].TableRoute;
        }
    }
}

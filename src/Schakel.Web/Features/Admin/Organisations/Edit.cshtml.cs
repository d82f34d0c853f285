using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.Organisations;

[Authorize(Policy = Policies.Administration)]
public sealed class EditModel(SchakelDb db, TimeProvider clock, AuditLog audit, ILogger<EditModel> logger) : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();

    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public Organisation Organisation { get; private set; } = null!;
    public Organisation? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var o = Organisation;
        Input = new OrganisationInput { Name = o.Name, Kind = o.Kind, RegionId = o.RegionId, Population = o.Population, Active = o.Active, Version = o.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await OrganisationForm.CheckAsync(ModelState, Input, Regions, db, id, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var deactivated = Organisation.Active && !Input.Active;
        OrganisationForm.Apply(Input, Organisation);
        db.Entry(Organisation).Property(o => o.Version).OriginalValue = Input.Version;
        var revoked = 0;
        if (deactivated)
        {
            // An inactive partner must not keep filing signals through the API.
            var keys = await db.ApiClientKeys.Where(k => k.OrganisationId == id && k.RevokedAt == null).ToListAsync(ct);
            keys.ForEach(k => k.RevokedAt = clock.GetUtcNow());
            revoked = keys.Count;
        }
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            await LoadAsync(id);
            Current = Organisation;
            ModelState.Remove("Input.Version");
            Input.Version = Organisation.Version;
            ModelState.AddModelError("", AdminForm.ConflictMessage);
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.Organisation, id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            details: $"soort {Organisation.Kind}, regio {Organisation.RegionId}, {(Organisation.Active ? "actief" : "niet actief")}" + (revoked > 0 ? $", {revoked} API-sleutel(s) ingetrokken" : ""), cancellationToken: ct);
        logger.LogInformation("Administrator {AdminId} changed organisation {OrganisationId}.", User.UserId(), id);
        TempData["Message"] = $"Organisatie {Organisation.Name} is opgeslagen." + (revoked > 0 ? $" {revoked} API-sleutel(s) ingetrokken omdat de organisatie niet meer actief is." : "");
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var org = await db.Organisations.Include(o => o.Region).FirstOrDefaultAsync(o => o.Id == id, HttpContext.RequestAborted);
        if (org is null)
        {
            return false;
        }
        Organisation = org;
        Regions = await OrganisationForm.RegionsAsync(db, HttpContext.RequestAborted);
        return true;
    }
}

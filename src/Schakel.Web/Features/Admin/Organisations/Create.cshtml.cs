using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.Organisations;

[Authorize(Policy = Policies.Administration)]
public sealed class CreateModel(SchakelDb db, Infrastructure.Audit.AuditLog audit, ILogger<CreateModel> logger) : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();

    public IReadOnlyList<Region> Regions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Regions = await OrganisationForm.RegionsAsync(db, HttpContext.RequestAborted);
        Input.RegionId = Regions.Count == 1 ? Regions[0].Id : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        Regions = await OrganisationForm.RegionsAsync(db, ct);
        await OrganisationForm.CheckAsync(ModelState, Input, Regions, db, null, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var org = new Organisation { Name = Input.Name };
        OrganisationForm.Apply(Input, org);
        db.Organisations.Add(org);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(Core.Audit.AuditAction.Create, Core.Audit.AuditRecordType.Organisation, org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            details: $"soort {org.Kind}, regio {org.RegionId}", cancellationToken: ct);
        logger.LogInformation("Administrator {AdminId} created organisation {OrganisationId}.", User.UserId(), org.Id);
        TempData["Message"] = $"Organisatie {org.Name} is aangemaakt.";
        return RedirectToPage("Index");
    }
}

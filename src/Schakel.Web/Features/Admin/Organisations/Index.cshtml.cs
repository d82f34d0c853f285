using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.Organisations;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(SchakelDb db, ILogger<IndexModel> logger) : PageModel
{
    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public SortOrder Order { get; private set; } = SortOrder.Default;

    [BindProperty, Required(ErrorMessage = "Vul de naam van de regio in."), StringLength(100, ErrorMessage = "De naam mag hoogstens 100 tekens lang zijn.")]
    [Display(Name = "Naam van de regio")]
    public string RegionName { get; set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRegionAsync()
    {
        RegionName = (RegionName ?? "").Trim();
        if (ModelState.IsValid && await db.Regions.AnyAsync(r => r.Name == RegionName))
        {
            ModelState.AddModelError(nameof(RegionName), "Er bestaat al een regio met deze naam.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var region = new Region { Name = RegionName };
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        logger.LogInformation("Administrator {AdminId} created region {RegionId}.", User.UserId(), region.Id);
        TempData["Message"] = $"Regio {region.Name} is aangemaakt.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Regions = await db.Regions.AsNoTracking().Include(r => r.Organisations.OrderBy(o => o.Name)).OrderBy(r => r.Name).ToListAsync();
        // Each region's table sorts by the same header; a region holds tens of organisations, so in memory.
        Order = SortOrder.From(Request, "naam", "soort", "inwonertal", "actief");
        foreach (var region in Regions)
        {
            region.Organisations = (Order.Column switch
            {
                "naam" => Order.By(region.Organisations, o => o.Name),
                "soort" => Order.By(region.Organisations, o => OrganisationKindLabels.Dutch(o.Kind)).ThenBy(o => o.Name),
                "inwonertal" => Order.By(region.Organisations, o => o.Population ?? -1).ThenBy(o => o.Name),
                "actief" => Order.By(region.Organisations, o => o.Active).ThenBy(o => o.Name),
                _ => region.Organisations.OrderBy(o => o.Name),
            }).ToList();
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Admin.Organisations;

public sealed class OrganisationInput
{
    [Required(ErrorMessage = "Vul de naam in."), StringLength(200, ErrorMessage = "De naam mag hoogstens 200 tekens lang zijn.")]
    [Display(Name = "Naam")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Kies het soort organisatie.")]
    [Display(Name = "Soort")]
    public OrganisationKind? Kind { get; set; }

    [Required(ErrorMessage = "Kies een regio.")]
    [Display(Name = "Regio")]
    public int? RegionId { get; set; }

    [Display(Name = "Inwonertal")]
    public int? Population { get; set; }

    public bool Active { get; set; } = true;

    public int Version { get; set; }
}

public sealed record OrganisationFieldsView(OrganisationInput Input, IReadOnlyList<Region> Regions);

public static class OrganisationForm
{
    public const int MaxPopulation = 10_000_000;

    public static Task<List<Region>> RegionsAsync(SchakelDb db, CancellationToken ct) =>
        db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);

    public static async Task CheckAsync(ModelStateDictionary state, OrganisationInput input, IReadOnlyList<Region> regions, SchakelDb db, int? excludeId, CancellationToken ct)
    {
        input.Name = (input.Name ?? "").Trim();
        if (input.Kind is { } kind && !Enum.IsDefined(kind))
        {
            state.AddModelError("Input.Kind", "Kies een soort uit de lijst.");
        }
        if (input.RegionId is { } regionId && regions.All(r => r.Id != regionId))
        {
            state.AddModelError("Input.RegionId", "Kies een regio uit de lijst.");
        }
        // Population keys cost sharing and figures per inhabitant, so only municipalities need it.
        if (input.Kind == OrganisationKind.Municipality && state.GetFieldValidationState("Input.Population") != ModelValidationState.Invalid)
        {
            if (input.Population is null)
            {
                state.AddModelError("Input.Population", "Vul het inwonertal van de gemeente in.");
            }
            else if (input.Population is < 1 or > MaxPopulation)
            {
                state.AddModelError("Input.Population", "Het inwonertal moet tussen 1 en 10.000.000 liggen.");
            }
        }
        if (input.Name.Length > 0 && input.RegionId is not null
            && await db.Organisations.AnyAsync(o => o.RegionId == input.RegionId && o.Name == input.Name && o.Id != excludeId, ct))
        {
            state.AddModelError("Input.Name", "Er bestaat in deze regio al een organisatie met deze naam.");
        }
    }

    public static void Apply(OrganisationInput input, Organisation org)
    {
        org.Name = input.Name;
        org.Kind = input.Kind!.Value;
        org.RegionId = input.RegionId!.Value;
        org.Population = input.Kind == OrganisationKind.Municipality ? input.Population : null;
        org.Active = input.Active;
    }
}

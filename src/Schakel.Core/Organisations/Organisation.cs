namespace Schakel.Core.Organisations;

/// <summary>A partner in the chain. Municipalities carry a population, which keys cost sharing and figures per inhabitant.</summary>
public class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public int? Population { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }

    public bool IsMunicipality => Kind == OrganisationKind.Municipality;
}

namespace Schakel.Core.Organisations;

/// <summary>A safety region whose partners share one regional table.</summary>
public class Region
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<Organisation> Organisations { get; set; } = [];
}

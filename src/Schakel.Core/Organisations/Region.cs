namespace Schakel.Core.Organisations;

/// <summary>A safety region whose partners share one regional table.</summary>
public class Region
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Where a signal the attention officer registers for the table goes first; the region's chain director sets it.</summary>
    public TableRoute TableRoute { get; set; } = TableRoute.Direct;
    public List<Organisation> Organisations { get; set; } = [];
}

namespace Schakel.Core.BasicLevel;

/// <summary>
/// One item of the VNG framework's checklist (basisniveau or optional). Kept as data so a beheerder can follow a new
/// edition of the framework without a release: add, rename or deactivate, never delete what municipalities recorded.
/// </summary>
public class BuildingBlock
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public bool IsOptional { get; set; }
    public int SortOrder { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

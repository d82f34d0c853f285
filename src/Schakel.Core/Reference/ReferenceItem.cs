namespace Schakel.Core.Reference;

public class ReferenceItem
{
    public int Id { get; set; }
    public ReferenceList List { get; set; }
    public required string Code { get; set; }
    public required string Label { get; set; }
    public int SortOrder { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

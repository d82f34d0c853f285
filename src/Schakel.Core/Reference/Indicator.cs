namespace Schakel.Core.Reference;

/// <summary>
/// One line of a signal card. Weight and criticality are configuration: the signal check reads them, so a region can
/// tune its cards without a release.
/// </summary>
public class Indicator
{
    public int Id { get; set; }
    /// <summary>Form of exploitation whose card holds this indicator, or <see cref="ExploitationForms.General"/>.</summary>
    public required string FormCode { get; set; }
    public required string Code { get; set; }
    public required string Label { get; set; }
    public int Weight { get; set; } = 1;
    public bool Critical { get; set; }
    public int SortOrder { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

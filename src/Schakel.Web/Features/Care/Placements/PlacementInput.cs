namespace Schakel.Web.Features.Care.Placements;

// Strings are nullable on purpose: validation and its Dutch messages live in the page, not in implicit [Required].
public sealed class PlacementInput
{
    public Dictionary<string, string?> Answers { get; set; } = [];
    public string? Recommended { get; set; }
    public string? Chosen { get; set; }
    public string? Reason { get; set; }
    public DateOnly? StartsOn { get; set; }
}

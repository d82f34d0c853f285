using Schakel.Core.Care;

namespace Schakel.Web.Features.Care.Needs;

// Strings are nullable on purpose: validation and its Dutch messages live in the page, not in implicit [Required].
public sealed class NeedInput
{
    public LifeDomain Domain { get; set; } = LifeDomain.SafeShelter;
    public NeedStatus Status { get; set; } = NeedStatus.Open;
    public string? Provider { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? Note { get; set; }
}

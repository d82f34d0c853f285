using Schakel.Core.Care;

namespace Schakel.Web.Features.Care.LegalSteps;

// Strings are nullable on purpose: validation and its Dutch messages live in the page, not in implicit [Required].
public sealed class MilestoneInput
{
    public MilestoneKind Kind { get; set; } = MilestoneKind.ReflectionPeriodStart;
    public DateOnly? On { get; set; }
    public string? Note { get; set; }
}

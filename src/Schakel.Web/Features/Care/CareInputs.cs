using Schakel.Core.Care;

namespace Schakel.Web.Features.Care;

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

public sealed class PlacementInput
{
    public Dictionary<string, string?> Answers { get; set; } = [];
    public string? Recommended { get; set; }
    public string? Chosen { get; set; }
    public string? Reason { get; set; }
    public DateOnly? StartsOn { get; set; }
}

public sealed class MilestoneInput
{
    public MilestoneKind Kind { get; set; } = MilestoneKind.ReflectionPeriodStart;
    public DateOnly? On { get; set; }
    public string? Note { get; set; }
}

public sealed class ContactInput
{
    public ContactKind Kind { get; set; } = ContactKind.Lawyer;
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public string? Phone { get; set; }
    public bool SinglePoint { get; set; }
}

public sealed class ConsentInput
{
    public ConsentScope Scope { get; set; } = ConsentScope.CoMenshaReport;
    public string? PartnerName { get; set; }
    public DateOnly? GivenOn { get; set; }
}

public sealed class GoalInput
{
    public string? Description { get; set; }
    public DateOnly? EvaluateOn { get; set; }
}

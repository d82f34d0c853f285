using Schakel.Core.Common;

namespace Schakel.Core.Care;

/// <summary>The placement chosen after walking the shelter decision tree; a choice always carries its reason.</summary>
public class ShelterPlacement
{
    public int Id { get; set; }
    public int CareFileId { get; set; }
    public required string RecommendedKind { get; set; }
    public required string ChosenKind { get; set; }
    public required string Reason { get; set; }
    /// <summary>The answers given, as "question=answer" pairs, so the advice can be traced later.</summary>
    public string? Answers { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>Reflection period and residence-law steps for foreign victims, in their legal order.</summary>
public enum MilestoneKind
{
    ReflectionPeriodStart = 1,
    ReflectionPeriodEnd = 2,
    ResidencePermitApplied = 3,
    ResidencePermitDecided = 4,
    ContinuedResidenceApplied = 5,
    ContinuedResidenceDecided = 6,
}

public class CareMilestone
{
    public int Id { get; set; }
    public int CareFileId { get; set; }
    public MilestoneKind Kind { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
}

public enum ContactKind
{
    Lawyer = 1,
    PoliceCaseOfficer = 2,
    Shelter = 3,
    Other = 4,
}

public class CareContact
{
    public int Id { get; set; }
    public int CareFileId { get; set; }
    public ContactKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Organisation { get; set; }
    public string? Phone { get; set; }
    /// <summary>The agreed single point of contact for the victim; at most one per file.</summary>
    public bool IsSinglePointOfContact { get; set; }
    public int Version { get; set; }
}

public enum ConsentScope
{
    CoMenshaReport = 1,
    ShareWithPartner = 2,
}

/// <summary>A victim's consent: to report to CoMensha or to share with one named partner. Withdrawal ends it.</summary>
public class Consent
{
    public int Id { get; set; }
    public int CareFileId { get; set; }
    public ConsentScope Scope { get; set; }
    public string? PartnerName { get; set; }
    public DateOnly GivenOn { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public required string RecordedBy { get; set; }
    public int Version { get; set; }

    public bool IsValidOn(DateOnly day) => GivenOn <= day && (WithdrawnOn is null || WithdrawnOn > day);
}

public enum GoalStatus
{
    Open = 1,
    Achieved = 2,
    NotAchieved = 3,
}

public class CareGoal
{
    public int Id { get; set; }
    public int CareFileId { get; set; }
    public required string Description { get; set; }
    public DateOnly EvaluateOn { get; set; }
    public GoalStatus Status { get; private set; } = GoalStatus.Open;
    public int Version { get; set; }

    public void ChangeStatus(GoalStatus status) =>
        Status = Enum.IsDefined(status) ? status : throw new DomainException("Kies een status uit de lijst.");
}

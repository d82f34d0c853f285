namespace Schakel.Core.Care;

/// <summary>The fixed life domains of the intake.</summary>
public enum LifeDomain
{
    SafeShelter = 1,
    MedicalCare = 2,
    PsychologicalCare = 3,
    Income = 4,
    Housing = 5,
    ResidenceStatus = 6,
    LegalAid = 7,
    CriminalProcedureSupport = 8,
    DaytimeActivities = 9,
    Children = 10,
}

public enum NeedStatus
{
    Open = 1,
    InProgress = 2,
    Met = 3,
    NotNeeded = 4,
}

/// <summary>A care need on one life domain: who provides it, since when and until when.</summary>
public class CareNeed
{
    public int Id { get; set; }
    public int CareFileId { get; set; }
    public LifeDomain Domain { get; set; }
    public NeedStatus Status { get; set; } = NeedStatus.Open;
    public string? Provider { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>Clinical detail: care coordinator only.</summary>
    public string? Note { get; set; }
    public int Version { get; set; }

    public bool IsOpen => Status is NeedStatus.Open or NeedStatus.InProgress;
}

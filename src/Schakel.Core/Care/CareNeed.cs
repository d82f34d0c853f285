using Schakel.Core.Common;

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
    public NeedStatus Status { get; private set; } = NeedStatus.Open;
    public string? Provider { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>Clinical detail: care coordinator only.</summary>
    public string? Note { get; set; }
    public int Version { get; set; }

    public bool IsOpen => Status is NeedStatus.Open or NeedStatus.InProgress;

    /// <summary>A need as the care coordinator records it, in any status of the list (a need may be found already met).</summary>
    public static CareNeed Record(LifeDomain domain, NeedStatus status, string? provider, DateOnly? startsOn, DateOnly? endsOn, string? note) =>
        Enum.IsDefined(domain) && Enum.IsDefined(status)
            ? new CareNeed { Domain = domain, Status = status, Provider = provider, StartsOn = startsOn, EndsOn = endsOn, Note = note }
            : throw new DomainException("Kies een levensgebied en een status.");

    /// <summary>A need that is met or no longer needed ends: on <paramref name="today"/>, or on its start when that lies ahead.</summary>
    public void ChangeStatus(NeedStatus status, DateOnly today)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Kies een status uit de lijst.");
        }
        Status = status;
        if (!IsOpen && EndsOn is null)
        {
            EndsOn = today < StartsOn ? StartsOn : today;
        }
    }
}

using Schakel.Core.Common;

namespace Schakel.Core.Care;

public enum CareFileStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>
/// The zorgcoördinator's file on one possible victim of a case with a care track. Clinical notes and need details are
/// for the care coordinator only; the municipality's attention officer sees status and goals.
/// </summary>
public class CareFile : AggregateRoot
{
    public int Id { get; set; }
    public int CaseId { get; init; }
    public int SubjectId { get; init; }
    public string? CoordinatorUserId { get; set; }
    public string? CoordinatorName { get; set; }
    public CareFileStatus Status { get; private set; } = CareFileStatus.Open;
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>Code from <see cref="CareOutcomes"/>; required to close.</summary>
    public string? OutcomeCode { get; private set; }
    public string? ClinicalNotes { get; set; }
    public int Version { get; set; }

    public List<CareNeed> Needs { get; set; } = [];
    public List<ShelterPlacement> Placements { get; set; } = [];
    public List<CareMilestone> Milestones { get; set; } = [];
    public List<CareContact> Contacts { get; set; } = [];
    public List<Consent> Consents { get; set; } = [];
    public List<CareGoal> Goals { get; set; } = [];

    public bool IsClosed => Status == CareFileStatus.Closed;

    /// <summary>Closes the file with its outcome once no need is open (<see cref="CareRules.WhyNotClosable"/>); refuses otherwise.</summary>
    public void Close(string? outcomeCode, DateTimeOffset at)
    {
        if (CareRules.WhyNotClosable(this, outcomeCode) is { } why)
        {
            throw new DomainException(why);
        }
        Status = CareFileStatus.Closed;
        ClosedAt = at;
        OutcomeCode = outcomeCode;
        Raise(new CareFileClosed(this));
    }
}

public sealed record CareFileClosed(CareFile File) : IDomainEvent;

public static class CareOutcomes
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("ZELFSTANDIG", "Zelfstandig verder, zorg afgerond"),
        ("OVERGEDRAGEN", "Overgedragen aan andere zorgaanbieder of regio"),
        ("TERUGKEER", "Teruggekeerd naar land van herkomst"),
        ("ZORG_AFGEWEZEN", "Zorg afgewezen door betrokkene"),
        ("UIT_BEELD", "Contact verloren / uit beeld"),
    ];

    public static bool IsValid(string? code) => code is not null && All.Any(o => o.Code == code);

    public static string Label(string? code) => All.FirstOrDefault(o => o.Code == code).Label ?? "";
}

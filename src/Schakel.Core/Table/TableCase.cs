namespace Schakel.Core.Table;

/// <summary>
/// A casus: one or more signals the table upgraded to a reasonable suspicion. It keeps its signals (and through them its
/// subjects) and is followed until every track has an outcome.
/// </summary>
public class TableCase
{
    public int Id { get; set; }
    public required string Reference { get; set; }
    public int TableId { get; set; }
    public int? MunicipalityId { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? DirectorUserId { get; set; }
    public string? DirectorName { get; set; }
    public string? FirstGoal { get; set; }
    public string? WorkAgreements { get; set; }
    public int Version { get; set; }

    /// <summary>Set when the retention period after closing removed the personal data of the case and its signals.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }
    public List<CaseTrack> Tracks { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];

    public bool IsClosed => ClosedAt is not null;
}

/// <summary>One line of a case's timeline. Criminal-track details never go here: they are police-only.</summary>
public class CaseEvent
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Description { get; set; }
}

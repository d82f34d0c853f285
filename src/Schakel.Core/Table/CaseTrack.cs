namespace Schakel.Core.Table;

public enum TrackKind
{
    Care = 1,
    CareAndCriminal = 2,
    Administrative = 3,
    Undermining = 4,
}

public enum TrackStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>A parallel route of a case with its own status and, to close, its own outcome.</summary>
public class CaseTrack
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public TrackKind Kind { get; set; }
    public TrackStatus Status { get; set; } = TrackStatus.Open;
    /// <summary>Code from <see cref="TrackOutcomes"/>; for the criminal track only police see it.</summary>
    public string? OutcomeCode { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>Police investigation details of a care + criminal track, stored apart so no query for others can reach them.</summary>
public class CriminalTrackDetail
{
    public int Id { get; set; }
    public int TrackId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public int Version { get; set; }
}

using Schakel.Core.Common;

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
    public TrackKind Kind { get; init; }
    public TrackStatus Status { get; private set; } = TrackStatus.Open;
    /// <summary>Code from <see cref="TrackOutcomes"/>; for the criminal track only police see it.</summary>
    public string? OutcomeCode { get; private set; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int Version { get; set; }

    /// <summary>Records the track's outcome; only an outcome listed for this kind of track is taken.</summary>
    public void RecordOutcome(string outcomeCode)
    {
        if (!TrackOutcomes.IsValid(Kind, outcomeCode))
        {
            throw new DomainException("Kies een uitkomst die bij dit spoor hoort.");
        }
        OutcomeCode = outcomeCode;
    }

    /// <summary>Closes the track, with the given outcome or the one already recorded; a track never closes without one.</summary>
    public void Close(string? outcomeCode, DateTimeOffset at)
    {
        if (outcomeCode is not null)
        {
            RecordOutcome(outcomeCode);
        }
        if (OutcomeCode is null)
        {
            throw new DomainException($"Een spoor sluiten kan alleen met een uitkomst. Kies de uitkomst van het spoor {TableLabels.Dutch(Kind).ToLowerInvariant()}.");
        }
        // Closing a closed track again (a changed outcome) keeps the day it first closed.
        ClosedAt ??= at;
        Status = TrackStatus.Closed;
    }

    /// <summary>The track is worked on again; its outcome so far stays recorded.</summary>
    public void Reopen()
    {
        Status = TrackStatus.Open;
        ClosedAt = null;
    }
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

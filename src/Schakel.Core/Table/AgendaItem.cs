namespace Schakel.Core.Table;

public enum AgendaSection
{
    NewSignal = 1,
    OngoingSignal = 2,
    CaseInMonitoring = 3,
}

/// <summary>What the table decided about a signal. Tracks means the signal became a case.</summary>
public enum TableOutcome
{
    Tracks = 1,
    KeepMonitoring = 2,
    UndesirableSituation = 3,
    NoFurtherAction = 4,
    /// <summary>The reverse route: back to the municipality for local follow-up, with the table's instruction.</summary>
    LocalFollowUp = 5,
}

/// <summary>One subject of discussion on a meeting's agenda, and the decision recorded on it.</summary>
public class AgendaItem
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public TableMeeting? Meeting { get; set; }
    public AgendaSection Section { get; set; }
    public int Position { get; set; }
    public int? SignalId { get; set; }
    public Signals.Signal? Signal { get; set; }
    public int? CaseId { get; set; }
    public TableCase? Case { get; set; }
    public string? PostponedReason { get; set; }

    public bool? ReasonableSuspicion { get; set; }
    public TableOutcome? Outcome { get; set; }
    public string? DecisionNotes { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public int Version { get; set; }

    public bool IsDecided => DecidedAt is not null;
    public bool IsPostponed => PostponedReason is not null;
}

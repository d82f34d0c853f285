namespace Schakel.Core.Table;

public enum Acquaintance
{
    Known = 1,
    NotKnown = 2,
    KnownNotShareable = 3,
}

/// <summary>One member's answer in the pre-round: is this person known to my organisation?</summary>
public class PreRoundAnswer
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int SubjectId { get; set; }
    public required string UserId { get; set; }
    public required string Answerer { get; set; }
    public Acquaintance Answer { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset At { get; set; }
    public int Version { get; set; }
}

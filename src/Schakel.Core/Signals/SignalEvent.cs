namespace Schakel.Core.Signals;

/// <summary>One line of a signal's history: who did what, when, and why.</summary>
public class SignalEvent
{
    public long Id { get; set; }
    public int SignalId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string Actor { get; set; }
    public required string Description { get; set; }
    public SignalStatus? FromStatus { get; set; }
    public SignalStatus? ToStatus { get; set; }
    public string? Reason { get; set; }
}

public class SignalNote
{
    public long Id { get; set; }
    public int SignalId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string Author { get; set; }
    public required string Text { get; set; }
}

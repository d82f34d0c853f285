namespace Schakel.Core.Signals;

/// <summary>One line of a signal's history: who did what, when, and why.</summary>
public class SignalEvent
{
    public long Id { get; init; }
    public int SignalId { get; init; }
    public DateTimeOffset At { get; init; }
    public string? UserId { get; init; }
    public required string Actor { get; init; }
    public required string Description { get; init; }
    public SignalStatus? FromStatus { get; init; }
    public SignalStatus? ToStatus { get; init; }
    public string? Reason { get; set; }
}

public class SignalNote
{
    public long Id { get; init; }
    public int SignalId { get; init; }
    public DateTimeOffset At { get; init; }
    public string? UserId { get; init; }
    public required string Author { get; init; }
    public required string Text { get; init; }
}

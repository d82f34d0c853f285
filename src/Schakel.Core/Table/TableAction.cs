namespace Schakel.Core.Table;

public enum ActionStatus
{
    Open = 1,
    Done = 2,
    Cancelled = 3,
}

/// <summary>A task the table handed to one person, with a due date, followed until done.</summary>
public class TableAction
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int? AgendaItemId { get; set; }
    public int? CaseId { get; set; }
    public int? SignalId { get; set; }
    public required string Description { get; set; }
    public required string OwnerUserId { get; set; }
    public required string OwnerName { get; set; }
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.Open;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public int Version { get; set; }

    public bool IsOverdue(DateOnly today) => Status == ActionStatus.Open && DueOn < today;
}

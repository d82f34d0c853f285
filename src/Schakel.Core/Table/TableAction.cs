using Schakel.Core.Common;

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
    public int MeetingId { get; init; }
    public int? AgendaItemId { get; init; }
    public int? CaseId { get; set; }
    public int? SignalId { get; init; }
    public required string Description { get; set; }
    public required string OwnerUserId { get; set; }
    public required string OwnerName { get; set; }
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; private set; } = ActionStatus.Open;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DoneAt { get; private set; }
    public int Version { get; set; }

    public bool IsOverdue(DateOnly today) => Status == ActionStatus.Open && DueOn < today;

    /// <summary>Any status may follow any other (a cancelled action can be picked up again); only "done" carries a date.</summary>
    public void ChangeStatus(ActionStatus status, DateTimeOffset at)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Kies een geldige status.");
        }
        Status = status;
        DoneAt = status == ActionStatus.Done ? at : null;
    }
}

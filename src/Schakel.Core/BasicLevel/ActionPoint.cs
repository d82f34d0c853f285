using Schakel.Core.Common;
using Schakel.Core.Organisations;

namespace Schakel.Core.BasicLevel;

public enum ActionPointStatus
{
    Open = 1,
    InProgress = 2,
    Done = 3,
}

/// <summary>An agreed step towards the basic level, of one municipality or (no municipality) of the region as a whole.</summary>
public class ActionPoint
{
    public int Id { get; set; }
    /// <summary>Null for a regional action point.</summary>
    public int? MunicipalityId { get; set; }
    public Organisation? Municipality { get; set; }
    public int? BuildingBlockId { get; set; }
    public BuildingBlock? BuildingBlock { get; set; }
    public required string Description { get; set; }
    /// <summary>As entered and normalised: a quarter ("2027-Q1") or a date ("2027-03-31").</summary>
    public required string Term { get; set; }
    /// <summary>Last day of the term, so lists can sort and flag overdue points whichever way the term was written.</summary>
    public DateOnly DueBy { get; set; }
    public required string Owner { get; set; }
    public ActionPointStatus Status { get; private set; } = ActionPointStatus.Open;

    /// <summary>Any status may follow any other (an action point can be reopened); only a status from the list is taken.</summary>
    public void ChangeStatus(ActionPointStatus status) =>
        Status = Enum.IsDefined(status) ? status : throw new DomainException("Kies een status uit de lijst.");
    /// <summary>What still has to happen.</summary>
    public string? ToDo { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public int Version { get; set; }
}

using Schakel.Core.Common;
using Schakel.Core.Organisations;

namespace Schakel.Core.BasicLevel;

public enum BuildingBlockStatus
{
    NotStarted = 1,
    InProgress = 2,
    Done = 3,
}

/// <summary>Where one municipality stands on one building block, with the date and evidence a board report asks for.</summary>
public class MunicipalBuildingBlock
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Organisation? Municipality { get; set; }
    public int BuildingBlockId { get; set; }
    public BuildingBlock? BuildingBlock { get; set; }
    public BuildingBlockStatus Status { get; private set; } = BuildingBlockStatus.NotStarted;

    /// <summary>A municipality may move a building block back as well as forward; only a status from the list is taken.</summary>
    public void ChangeStatus(BuildingBlockStatus status) =>
        Status = Enum.IsDefined(status) ? status : throw new DomainException("Kies een status uit de lijst.");
    public DateOnly? Date { get; set; }
    /// <summary>Text or a link to the document that shows it (council decision, training list, minutes).</summary>
    public string? Evidence { get; set; }
    public string? Note { get; set; }
    public string? RecordedByUserId { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset? RecordedAt { get; set; }
    public int Version { get; set; }
}

using Schakel.Core.Organisations;

namespace Schakel.Core.BasicLevel;

/// <summary>A training or awareness session that was held, counted per organisation and target group.</summary>
public class TrainingSession
{
    public int Id { get; set; }
    public int? TrainingId { get; set; }
    public Training? Training { get; set; }
    /// <summary>Free title when the session is not from the catalogue.</summary>
    public string? Title { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>The municipality or partner organisation where it was held.</summary>
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>Code from <see cref="TargetGroups"/>.</summary>
    public required string TargetGroup { get; set; }
    public int Reached { get; set; }
    public string? Note { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}

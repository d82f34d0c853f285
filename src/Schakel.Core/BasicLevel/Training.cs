namespace Schakel.Core.BasicLevel;

public enum TrainingScale
{
    Local = 1,
    Regional = 2,
    National = 3,
}

/// <summary>An intervention in the trainings catalogue: what municipalities and partners can use to train front-line staff.</summary>
public class Training
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Code of the form of exploitation in focus; null when the training covers all forms.</summary>
    public string? FormCode { get; set; }
    public required string TargetGroup { get; set; }
    public TrainingScale Scale { get; set; }
    public required string Provider { get; set; }
    public string? Link { get; set; }
    /// <summary>Seeded examples are marked so a region knows to check them against its own offer.</summary>
    public bool IsExample { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

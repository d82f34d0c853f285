namespace Schakel.Web.Features.Import;

/// <summary>
/// A source of history in a region (say "ZVH-lijst 2015-2024" or "AF Gooise Meren"): remembers the column and code
/// mapping of its last import, and is half of the identity of every signal imported from it
/// (<c>Signal.ImportSourceId</c> + <c>Signal.ImportSourceKey</c> are unique), so a file imported again adds nothing.
/// </summary>
public class ImportSource
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    /// <summary>Unique per region, as the administrator typed it.</summary>
    public required string Name { get; set; }
    /// <summary>The <see cref="ImportMapping"/> as JSON.</summary>
    public string? MappingJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public ImportMapping Mapping
    {
        get => ImportMapping.FromJson(MappingJson);
        set => MappingJson = value.ToJson();
    }
}

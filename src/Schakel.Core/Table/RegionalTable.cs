namespace Schakel.Core.Table;

/// <summary>A regional table (Drieluik / weeg- en monitortafel): who sits at it and how often it meets.</summary>
public class RegionalTable
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public required string Name { get; set; }
    public string? ChairUserId { get; set; }
    public string? SecretaryUserId { get; set; }
    public int MeetingIntervalDays { get; set; } = 14;
    public int Version { get; set; }
    public List<TableMember> Members { get; set; } = [];
}

/// <summary>A seat at the table: a person, or a whole organisation whose users all take part.</summary>
public class TableMember
{
    public int Id { get; set; }
    public int TableId { get; set; }
    public string? UserId { get; set; }
    public int? OrganisationId { get; set; }
}

namespace Schakel.Core.Table;

public class TableMeeting
{
    public int Id { get; set; }
    public int TableId { get; set; }
    public RegionalTable? Table { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset? PreRoundSentAt { get; set; }
    public DateTimeOffset? AgendaGeneratedAt { get; set; }
    public int Version { get; set; }
    public List<AgendaItem> Items { get; set; } = [];
}

namespace Schakel.Web.Infrastructure.Data;

/// <summary>An in-app message. Holds no case content, only that something needs attention and where.</summary>
public class Notification
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Title { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

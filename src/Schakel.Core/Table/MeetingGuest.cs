namespace Schakel.Core.Table;

/// <summary>
/// A municipality invited to one meeting for its own items (IJsselland: the municipality concerned joins for its own
/// case). Its attention officers read the meeting and those items only; they decide nothing.
/// </summary>
public class MeetingGuest
{
    public int Id { get; set; }
    public int MeetingId { get; init; }
    public int OrganisationId { get; init; }
    public DateTimeOffset InvitedAt { get; init; }
}

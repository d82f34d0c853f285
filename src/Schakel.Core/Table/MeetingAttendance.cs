namespace Schakel.Core.Table;

/// <summary>How someone took part in a meeting; a guest is not a member (e.g. the attention officer of a municipality).</summary>
public enum Presence
{
    Present = 1,
    AbsentWithNotice = 2,
    Absent = 3,
    Guest = 4,
}

/// <summary>
/// One line of a meeting's attendance list, recorded by the chair or secretary. The name and organisation are kept as
/// they read at the meeting, so the minutes stay true when someone later changes organisation.
/// </summary>
public class MeetingAttendance
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    public required string Organisation { get; set; }
    public Presence Presence { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
    public int Version { get; set; }

    public bool Attended => Presence is Presence.Present or Presence.Guest;
}

public static class PresenceLabels
{
    public static string Dutch(Presence presence) => presence switch
    {
        Presence.Present => "Aanwezig",
        Presence.AbsentWithNotice => "Afwezig met bericht",
        Presence.Absent => "Afwezig",
        Presence.Guest => "Gast",
        _ => presence.ToString(),
    };
}

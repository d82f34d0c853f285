namespace Schakel.Core.Consultations;

/// <summary>A partner the starter chose, with the name the consultation shows ("name, organisation").</summary>
public readonly record struct Invitee(string UserId, string Name);

/// <summary>One invited partner and their advice.</summary>
public class ConsultationInvitation
{
    public int Id { get; set; }
    public int ConsultationId { get; set; }
    public required string UserId { get; init; }
    public required string Name { get; init; }
    public string? Advice { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    /// <summary>The first answer came after the deadline.</summary>
    public bool Late { get; set; }

    public bool HasAnswered => AnsweredAt is not null;
}

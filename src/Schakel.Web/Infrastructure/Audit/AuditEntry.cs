using Schakel.Core.Audit;

namespace Schakel.Web.Infrastructure.Audit;

/// <summary>One row of the append-only audit log. Never updated or deleted by the application.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public long Sequence { get; set; }
    public long AtUtcTicks { get; set; }
    public string? UserId { get; set; }
    public required string Actor { get; set; }
    public string? Organisation { get; set; }
    public string? Roles { get; set; }
    public AuditAction Action { get; set; }
    public required string RecordType { get; set; }
    public string? RecordId { get; set; }
    public string? Purpose { get; set; }
    public bool Flagged { get; set; }
    public string? Details { get; set; }

    /// <summary>The persons (subject ids) whose data the record shows, as ",12,34,"; see <see cref="AuditSubjects"/>.</summary>
    public string? SubjectIds { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }

    public DateTimeOffset At => new(AtUtcTicks, TimeSpan.Zero);

    public AuditRecord ToRecord() =>
        new(Sequence, AtUtcTicks, UserId, Actor, Organisation, Roles, Action, RecordType, RecordId, Purpose, Flagged, Details, SubjectIds);
}

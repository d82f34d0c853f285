namespace Schakel.Core.Audit;

/// <summary>
/// The fields of one audit entry that its hash covers. Times are UTC ticks so the text form never varies.
/// <see cref="Subjects"/> lists the persons (subject ids) whose data the entry's record shows, as ",12,34,", so every
/// read of a case, care file, agenda or link is traceable to the person; entries written before it existed have none.
/// </summary>
public sealed record AuditRecord(
    long Sequence,
    long AtUtcTicks,
    string? UserId,
    string Actor,
    string? Organisation,
    string? Roles,
    AuditAction Action,
    string RecordType,
    string? RecordId,
    string? Purpose,
    bool Flagged,
    string? Details,
    string? Subjects = null);

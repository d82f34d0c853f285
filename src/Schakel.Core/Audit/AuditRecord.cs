namespace Schakel.Core.Audit;

/// <summary>The fields of one audit entry that its hash covers. Times are UTC ticks so the text form never varies.</summary>
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
    string? Details);

namespace Schakel.Core.Audit;

public enum AuditAction
{
    Read = 1,
    Create = 2,
    Update = 3,
    Delete = 4,
    Export = 5,
    /// <summary>A request that was refused; kept so the privacy officer sees attempts, not only successes.</summary>
    Denied = 6,
    /// <summary>Access outside the case team with a stated purpose; always flagged for review.</summary>
    BreakGlass = 7,
    /// <summary>Personal data removed by the retention job or an erasure request.</summary>
    Erase = 8,
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// Break-glass: a professional outside the case team may open a record in an emergency after stating why. The request
/// itself is the grant: a flagged audit entry that the privacy officer reviews. A grant is read-only and expires.
/// </summary>
public static class BreakGlass
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(8);

    public static readonly IReadOnlyList<string> EligibleRoles =
        [Roles.AttentionOfficer, Roles.ProcessDirector, Roles.CareCoordinator, Roles.Police, Roles.Riec, Roles.UnderminingAdvisor];

    public static bool IsEligible(ClaimsPrincipal user) => EligibleRoles.Any(user.IsInRole);

    public static async Task<bool> HasGrantAsync(SchakelDb db, ClaimsPrincipal user, string recordType, int recordId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsEligible(user) || user.UserId() is not { } userId)
        {
            return false;
        }
        var id = recordId.ToString(CultureInfo.InvariantCulture);
        var since = (clock.GetUtcNow() - Validity).UtcTicks;
        return await db.AuditEntries.AnyAsync(e => e.UserId == userId && e.Action == AuditAction.BreakGlass && e.RecordType == recordType
            && e.RecordId == id && e.Purpose != null && e.AtUtcTicks >= since, cancellationToken);
    }
}

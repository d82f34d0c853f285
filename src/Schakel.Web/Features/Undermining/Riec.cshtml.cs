using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Undermining;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Undermining;

/// <summary>The RIEC's queue: the referrals escalated to the RIEC of its own region, open ones first.</summary>
[Authorize(Policy = Policies.RiecQueue)]
public sealed class RiecModel(SchakelDb db, AuditLog audit) : PageModel
{
    public List<ReferralRow> Rows { get; private set; } = [];
    public SortOrder Order { get; private set; } = SortOrder.Default;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var scope = await AccessScope.LoadAsync(db, User, ct);
        var region = scope.OwnRegionId ?? -1;
        Order = SortOrder.From(Request, ReferralRows.Columns);
        Rows = ReferralRows.Sort(await ReferralRows.QueryAsync(db, db.Set<UnderminingReferral>().Where(r => r.RiecRegionId == region && r.EscalatedAt != null), ct), Order, escalated: true);
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.Signal, null,
            details: "ondermijning: wachtrij RIEC, voorleggingen " + string.Join(",", Rows.Select(r => r.Id.ToString(CultureInfo.InvariantCulture))), cancellationToken: ct);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Ads;

/// <summary>The ads screening start page: figures, the review queue ranked by risk, and the clusters.</summary>
[Authorize(Policy = Policies.AdScreening)]
public sealed class IndexModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int QueueSize = 50;

    public List<StoredAd> Queue { get; private set; } = [];
    public int QueueTotal { get; private set; }
    public List<StoredAdCluster> Clusters { get; private set; } = [];
    public List<AdFigureRow> Figures { get; private set; } = [];
    public int StoredCount { get; private set; }
    public string? ProfileVersion { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var open = db.Set<StoredAd>().AsNoTracking().Where(a => a.Outcome == null && a.AnonymisedAt == null);
        QueueTotal = await open.CountAsync(a => a.Flagged, ct);
        // Ranked by risk; doubles sort the same on both providers, the id breaks ties deterministically.
        Queue = await open.OrderByDescending(a => a.RiskScore).ThenBy(a => a.Id).Take(QueueSize).ToListAsync(ct);
        Clusters = await db.Set<StoredAdCluster>().AsNoTracking().OrderByDescending(c => c.MaxRisk).ThenByDescending(c => c.AdCount).ThenBy(c => c.Id).Take(100).ToListAsync(ct);
        StoredCount = await db.Set<StoredAd>().CountAsync(ct);
        ProfileVersion = await db.Set<AdProfileVersion>().OrderByDescending(v => v.Id).Select(v => v.Version).FirstOrDefaultAsync(ct);
        var today = DutchTime.Today(clock);
        Figures = await AdFigures.QuartersAsync(db, today.Year, today, ct);
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.Ad, null, details: $"beoordelingslijst {Queue.Count}, clusters {Clusters.Count}", cancellationToken: ct);
    }
}

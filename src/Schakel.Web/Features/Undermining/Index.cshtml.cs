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

public sealed record ReferralRow(int Id, string SignalReference, string Municipality, DateTimeOffset ReferredAt, string ReferredBy, UnderminingStatus Status, DateTimeOffset? EscalatedAt);

/// <summary>The OOV adviser's queue: the referrals to the adviser's own municipality, open ones first. Nothing else of the signal queue.</summary>
[Authorize(Policy = Policies.UnderminingQueue)]
public sealed class IndexModel(SchakelDb db, AuditLog audit) : PageModel
{
    public List<ReferralRow> Rows { get; private set; } = [];
    public SortOrder Order { get; private set; } = SortOrder.Default;

    public async Task OnGetAsync()
    {
        Order = SortOrder.From(Request, ReferralRows.Columns);
        var municipality = User.OrganisationId() ?? -1;
        Rows = ReferralRows.Sort(await ReferralRows.QueryAsync(db, db.Set<UnderminingReferral>().Where(r => r.MunicipalityId == municipality), HttpContext.RequestAborted), Order, escalated: false);
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.Signal, null,
            details: "ondermijning: wachtrij OOV-adviseur, voorleggingen " + string.Join(",", Rows.Select(r => r.Id.ToString(CultureInfo.InvariantCulture))), cancellationToken: HttpContext.RequestAborted);
    }
}

public sealed record ReferralTable(IReadOnlyList<ReferralRow> Rows, string Caption, bool ShowEscalated, SortOrder? Order = null);

/// <summary>The rows both queues list: open referrals first, newest first within.</summary>
public static class ReferralRows
{
    public static readonly string[] Columns = ["melding", "gemeente", "datum", "door", "status"];

    /// <summary>A header's order, in memory: the queues hold a municipality's or a region's referrals, a short list.</summary>
    public static List<ReferralRow> Sort(List<ReferralRow> rows, SortOrder order, bool escalated) => order.Column switch
    {
        "melding" => order.By(rows, r => r.SignalReference).ToList(),
        "gemeente" => order.By(rows, r => r.Municipality).ThenByDescending(r => r.ReferredAt).ToList(),
        "datum" => order.By(rows, r => escalated && r.EscalatedAt is { } at ? at : r.ReferredAt).ToList(),
        "door" => order.By(rows, r => r.ReferredBy).ThenByDescending(r => r.ReferredAt).ToList(),
        "status" => order.By(rows, r => r.Status).ThenByDescending(r => r.ReferredAt).ToList(),
        _ => rows,
    };

    public static Badge StatusBadge(UnderminingStatus status) =>
        new(UnderminingLabels.Dutch(status), status == UnderminingStatus.Closed ? BadgeTone.Neutral : status == UnderminingStatus.WithAdvisor ? BadgeTone.Info : BadgeTone.Warning);

    public static Task<List<ReferralRow>> QueryAsync(SchakelDb db, IQueryable<UnderminingReferral> referrals, CancellationToken ct) =>
        (from r in referrals
         join o in db.Organisations on r.MunicipalityId equals o.Id
         orderby r.Status == UnderminingStatus.Closed, r.ReferredAt descending
         select new ReferralRow(r.Id, r.SignalReference, o.Name, r.ReferredAt, r.ReferredBy, r.Status, r.EscalatedAt)).ToListAsync(ct);
}

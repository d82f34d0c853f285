using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals.Triage;

public sealed record TriageRow(string Reference, string? Municipality, bool IsAcute, DateTimeOffset WaitingSince);

/// <summary>The chain director's triage queue: the region's signals the attention officers registered, acute first, longest waiting next.</summary>
[Authorize(Policy = Policies.RegionalOverview)]
public sealed class TriageQueueModel(SchakelDb db, AuditLog audit) : PageModel
{
    public List<TriageRow> Rows { get; private set; } = [];
    public SortOrder Order { get; private set; } = SortOrder.Default;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var scope = await AccessScope.LoadAsync(db, User, ct);
        // Few rows and a time column SQLite cannot order by: the waiting time is taken from the timeline in memory.
        var waiting = await db.Signals.VisibleSignals(User, scope).Where(s => s.Status == SignalStatus.AwaitingTriage)
            .Select(s => new
            {
                s.Reference, Municipality = s.Municipality != null ? s.Municipality.Name : null, s.IsAcute, s.ReceivedAt,
                Entered = s.Events.Where(e => e.ToStatus == SignalStatus.AwaitingTriage).Select(e => e.At).ToList(),
            })
            .ToListAsync(ct);
        var rows = waiting.Select(s => new TriageRow(s.Reference, s.Municipality, s.IsAcute, s.Entered.Count == 0 ? s.ReceivedAt : s.Entered.Max()));
        Order = SortOrder.From(Request, "kenmerk", "gemeente", "wacht");
        Rows = (Order.Column switch
        {
            "kenmerk" => Order.By(rows, r => r.Reference),
            "gemeente" => Order.By(rows, r => r.Municipality ?? "").ThenBy(r => r.WaitingSince),
            "wacht" => Order.By(rows, r => r.WaitingSince),
            _ => rows.OrderByDescending(r => r.IsAcute).ThenBy(r => r.WaitingSince),
        }).ToList();
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.Signal, null, details: $"triagelijst ({Rows.Count} meldingen)", cancellationToken: ct);
    }
}

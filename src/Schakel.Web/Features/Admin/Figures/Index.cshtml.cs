using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Features.Dashboard.Aggregates;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.Figures;

/// <summary>
/// The state of the pre-counted dashboard figures, and a full recount for data that reached the database around the
/// application (a bulk load with SQL, a repair by hand); normal edits and restores never need it.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public int CountRows { get; private set; }
    public int DirtyMonths { get; private set; }
    public TimeSpan? LastRecount { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRecountAsync()
    {
        var started = clock.GetTimestamp();
        await new FigureAggregator(db).RebuildAllAsync(HttpContext.RequestAborted);
        LastRecount = clock.GetElapsedTime(started);
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.FigureCounts, null, details: "alle kengetallen opnieuw geteld", cancellationToken: HttpContext.RequestAborted);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        CountRows = await db.Set<FigureMonthCount>().CountAsync(HttpContext.RequestAborted);
        DirtyMonths = await db.Set<FigureDirtyMonth>().CountAsync(HttpContext.RequestAborted);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Audit;
using Schakel.Web.Features.Shared;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>The state of affairs as an Excel download. It names who recorded what, so the download is audited.</summary>
[Authorize(Policy = Policies.BasicLevelOverview)]
public sealed class OverviewExportModel(StateOfAffairs state, AuditLog audit, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var data = await state.LoadAsync(ct);
        var now = clock.GetUtcNow();
        var bytes = StateOfAffairsWorkbook.Build(data, now);
        await audit.RecordAsync(AuditAction.Export, AuditRecordType.BasicLevelOverview, null, details: $"{data.Municipalities.Count} gemeenten, {data.ActionPoints.Count} actiepunten", cancellationToken: ct);
        return File(bytes, StateOfAffairsWorkbook.ContentType, $"stand-van-zaken-basisniveau-{DutchTime.Today(clock):yyyy-MM-dd}.xlsx");
    }
}

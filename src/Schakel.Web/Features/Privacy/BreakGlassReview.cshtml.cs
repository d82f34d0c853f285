using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Privacy;

public sealed record BreakGlassRow(BreakGlassUse Use, string Reference);

/// <summary>
/// The privacy officer's review queue of break-glass uses: each stays open until judged. Approving keeps it on record;
/// rejecting needs a note and ends any access still running. Every judgement is audited.
/// </summary>
[Authorize(Policy = Policies.Privacy)]
public sealed class BreakGlassReviewModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public List<BreakGlassRow> Open { get; private set; } = [];
    public List<BreakGlassRow> Judged { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    [BindProperty] public int UseId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostApproveAsync() => JudgeAsync(approved: true);

    public Task<IActionResult> OnPostRejectAsync() => JudgeAsync(approved: false);

    private async Task<IActionResult> JudgeAsync(bool approved)
    {
        var ct = HttpContext.RequestAborted;
        var use = await db.Set<BreakGlassUse>().FirstOrDefaultAsync(u => u.Id == UseId, ct);
        if (use is null || !await (await OwnRegionUsesAsync(ct)).AnyAsync(u => u.Id == use.Id, ct))
        {
            return NotFound();
        }
        var note = Note?.Trim();
        if (use.ReviewedAt is not null)
        {
            ModelState.AddModelError(nameof(Note), "Dit gebruik van noodtoegang is al beoordeeld.");
        }
        else if (!approved && string.IsNullOrEmpty(note))
        {
            ModelState.AddModelError(nameof(Note), "Geef bij afkeuren een toelichting.");
        }
        else if (note is { Length: > 2000 })
        {
            ModelState.AddModelError(nameof(Note), "De toelichting is te lang (maximaal 2000 tekens).");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync();
            return Page();
        }
        use.ReviewedAt = clock.GetUtcNow();
        use.ReviewedBy = User.ActorName();
        use.Approved = approved;
        use.ReviewNote = string.IsNullOrEmpty(note) ? null : note;
        db.Entry(use).Property(u => u.Version).OriginalValue = Version;
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            TempData["Message"] = StaleSave.Notice("dit gebruik");
            return RedirectToPage();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.BreakGlassUse, use.Id.ToString(CultureInfo.InvariantCulture),
            details: approved ? "noodtoegang goedgekeurd" : "noodtoegang afgekeurd", cancellationToken: ct);
        TempData["Message"] = approved ? "Noodtoegang goedgekeurd." : "Noodtoegang afgekeurd; de toegang is beëindigd.";
        return RedirectToPage();
    }

    /// <summary>The privacy officer judges the uses in the own region: the purposes stated may say more than a name.</summary>
    private async Task<IQueryable<BreakGlassUse>> OwnRegionUsesAsync(CancellationToken ct)
    {
        var scope = await AccessScope.LoadAsync(db, User, ct);
        var orgs = scope.OrganisationsIn([scope.OwnRegionId]);
        return db.Set<BreakGlassUse>().AsNoTracking().Where(u => db.Signals.Any(s => s.Id == u.SignalId
            && (s.MunicipalityId != null ? orgs.Contains(s.MunicipalityId.Value) : s.MelderOrganisationId != null && orgs.Contains(s.MelderOrganisationId.Value))));
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Now = clock.GetUtcNow();
        var uses = await OwnRegionUsesAsync(ct);
        var open = await uses.Where(u => u.ReviewedAt == null).OrderBy(u => u.RequestedAt).Take(200).ToListAsync(ct);
        var judged = await uses.Where(u => u.ReviewedAt != null).OrderByDescending(u => u.ReviewedAt).Take(25).ToListAsync(ct);
        var signalIds = open.Concat(judged).Select(u => u.SignalId).Distinct().ToList();
        var references = await db.Signals.Where(s => signalIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Reference, ct);
        Open = open.Select(u => new BreakGlassRow(u, references[u.SignalId])).ToList();
        Judged = judged.Select(u => new BreakGlassRow(u, references[u.SignalId])).ToList();
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.BreakGlassUse, null, details: "beoordelingslijst noodtoegang", cancellationToken: ct);
    }
}

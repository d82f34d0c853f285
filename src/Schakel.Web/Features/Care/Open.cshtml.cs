using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Signals;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Care;

/// <summary>
/// The way from a case to the care file of one of its possible victims: an existing file is shown, otherwise a care
/// coordinator of the table opens one (a POST, so following a link never creates records).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class OpenModel(SchakelDb db, TableDirectory directory, AuditLog audit, TimeProvider clock) : PageModel
{
    public TableCase Case { get; private set; } = null!;
    public CareAccess Access { get; private set; }

    public async Task<IActionResult> OnGetAsync(int caseId, int subjectId)
    {
        var (result, existing) = await CheckAsync(caseId, subjectId);
        if (result is not null)
        {
            return result;
        }
        return existing is not null ? RedirectToPage("CareFile", new { id = existing }) : Page();
    }

    public async Task<IActionResult> OnPostAsync(int caseId, int subjectId)
    {
        var ct = HttpContext.RequestAborted;
        var (result, existing) = await CheckAsync(caseId, subjectId);
        if (result is not null)
        {
            return result;
        }
        if (Access != CareAccess.Full)
        {
            return Forbid();
        }
        if (existing is not null)
        {
            return RedirectToPage("CareFile", new { id = existing });
        }
        var file = new CareFile
        {
            CaseId = caseId, SubjectId = subjectId, CoordinatorUserId = User.UserId(), CoordinatorName = User.ActorName(), OpenedAt = clock.GetUtcNow(),
        };
        db.Set<CareFile>().Add(file);
        db.Set<CaseEvent>().Add(new CaseEvent { CaseId = caseId, At = file.OpenedAt, Actor = file.CoordinatorName, Description = "Zorgdossier geopend voor een mogelijk slachtoffer" });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A colleague opened it at the same moment: show theirs.
            db.ChangeTracker.Clear();
            var id = await db.Set<CareFile>().Where(f => f.CaseId == caseId && f.SubjectId == subjectId).Select(f => f.Id).FirstAsync(ct);
            return RedirectToPage("CareFile", new { id });
        }
        await audit.RecordAsync(AuditAction.Create, AuditRecordType.CareFile, file.Id.ToString(), cancellationToken: ct);
        TempData["Message"] = "Zorgdossier geopend.";
        return RedirectToPage("CareFile", new { id = file.Id });
    }

    private async Task<(IActionResult? Result, int? Existing)> CheckAsync(int caseId, int subjectId)
    {
        var ct = HttpContext.RequestAborted;
        var tableCase = await db.Set<TableCase>().Include(c => c.Tracks).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        var isVictim = tableCase is not null && await db.Subjects.AnyAsync(s => s.Id == subjectId && s.Role == SubjectRole.PossibleVictim
            && db.Signals.Any(g => g.Id == s.SignalId && g.CaseId == caseId), ct);
        if (tableCase is null || !isVictim || !CareTracks.HasCareTrack(tableCase))
        {
            return (NotFound(), null);
        }
        var table = (await directory.TableAsync(tableCase.TableId, ct))!;
        var existing = await db.Set<CareFile>().FirstOrDefaultAsync(f => f.CaseId == caseId && f.SubjectId == subjectId, ct);
        var guard = HttpContext.Guard();
        var resource = new CareFileAtTable(table, tableCase, existing);
        if (await guard.RefuseUnlessAsync(User, resource, CareFileOperations.Read,
            Refusal.Hidden(AuditRecordType.CareFile, existing?.Id.ToString()) with { Details = $"casus {caseId}" }, ct) is { } refused)
        {
            return (refused, null);
        }
        Access = await guard.AllowsAsync(User, resource, CareFileOperations.Edit) ? CareAccess.Full : CareAccess.Summary;
        Case = tableCase;
        return (null, existing?.Id);
    }
}

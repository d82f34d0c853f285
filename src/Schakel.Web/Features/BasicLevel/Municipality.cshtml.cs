using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.BasicLevel;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>One municipality's basic level: checklist, action points, sessions held and the register of who to call.</summary>
[Authorize(Policy = Policies.BasicLevel)]
public sealed class MunicipalityModel(SchakelDb db, AuditLog audit) : PageModel
{
    public Organisation Municipality { get; private set; } = null!;
    public List<BuildingBlock> Blocks { get; private set; } = [];
    public Dictionary<int, MunicipalBuildingBlock> Cells { get; private set; } = [];
    public List<ActionPoint> Actions { get; private set; } = [];
    public List<TrainingSession> Sessions { get; private set; } = [];
    public List<SessionCount> SessionCounts { get; private set; } = [];
    public List<ContactPerson> Contacts { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool SeesOverview { get; private set; }

    public async Task<IActionResult> OnGetAsync(int municipalityId)
    {
        var ct = HttpContext.RequestAborted;
        var municipality = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == municipalityId && o.Kind == OrganisationKind.Municipality, ct);
        if (municipality is null)
        {
            return NotFound();
        }
        var guard = HttpContext.Guard();
        if (!await guard.AllowsAsync(User, new MunicipalityBasicLevel(municipalityId), BasicLevelOperations.Read))
        {
            return Forbid();
        }
        Municipality = municipality;
        CanEdit = await guard.AllowsAsync(User, new MunicipalityBasicLevel(municipalityId), BasicLevelOperations.Edit);
        SeesOverview = await guard.AllowsAsync(User, Policies.BasicLevelOverview);
        Blocks = await StateOfAffairs.ActiveBlocksAsync(db, ct);
        Cells = await db.Set<MunicipalBuildingBlock>().AsNoTracking().Where(c => c.MunicipalityId == municipalityId).ToDictionaryAsync(c => c.BuildingBlockId, ct);
        Actions = await db.Set<ActionPoint>().AsNoTracking().Include(a => a.BuildingBlock).Where(a => a.MunicipalityId == municipalityId)
            .OrderBy(a => a.Status == ActionPointStatus.Done).ThenBy(a => a.DueBy).ToListAsync(ct);
        Sessions = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Training).Where(s => s.OrganisationId == municipalityId)
            .OrderByDescending(s => s.Date).Take(200).ToListAsync(ct);
        SessionCounts = await StateOfAffairs.SessionCountsAsync(db, municipalityId, ct);
        Contacts = await db.Set<ContactPerson>().AsNoTracking().Where(c => c.MunicipalityId == municipalityId)
            .OrderBy(c => !c.Active).ThenBy(c => c.Role).ThenBy(c => c.Name).ToListAsync(ct);
        // The register holds names and phone numbers of officers; reading it is on record like any personal data.
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.ContactRegister, municipalityId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: ct);
        return Page();
    }

    /// <summary>Removes a session recorded by mistake; only the municipality's own staff may.</summary>
    public async Task<IActionResult> OnPostDeleteSessionAsync(int municipalityId, int sessionId)
    {
        var ct = HttpContext.RequestAborted;
        var session = await db.Set<TrainingSession>().FirstOrDefaultAsync(s => s.Id == sessionId && s.OrganisationId == municipalityId, ct);
        if (session is null)
        {
            return NotFound();
        }
        if (await HttpContext.Guard().RefuseUnlessAsync(User, new MunicipalityBasicLevel(municipalityId), BasicLevelOperations.Edit,
            Refusal.Forbidden(AuditRecordType.TrainingSession, sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct) is { } refused)
        {
            return refused;
        }
        db.Remove(session);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Delete, AuditRecordType.TrainingSession, sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: ct);
        TempData["Message"] = "Trainingssessie verwijderd.";
        return Redirect($"/basisniveau/{municipalityId}");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.BasicLevel;
using Schakel.Core.Organisations;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>Records where the municipality stands on one building block. Only its own staff may; everyone else gets 403.</summary>
[Authorize(Policy = Policies.BasicLevel)]
public sealed class EditBlockModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public Organisation Municipality { get; private set; } = null!;
    public BuildingBlock Block { get; private set; } = null!;
    public MunicipalBuildingBlock? Current { get; private set; }
    public bool Conflict { get; private set; }

    [BindProperty] public BuildingBlockStatus? Status { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public string? Evidence { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int municipalityId, int blockId)
    {
        var denied = await LoadAsync(municipalityId, blockId);
        if (denied is not null)
        {
            return denied;
        }
        Status = Current?.Status ?? BuildingBlockStatus.NotStarted;
        Date = Current?.Date;
        Evidence = Current?.Evidence;
        Note = Current?.Note;
        Version = Current?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int municipalityId, int blockId)
    {
        var ct = HttpContext.RequestAborted;
        var denied = await LoadAsync(municipalityId, blockId);
        if (denied is not null)
        {
            return denied;
        }
        Evidence = FormErrors.Trimmed(Evidence);
        Note = FormErrors.Trimmed(Note);
        ModelState.AddRuleErrors(BasicLevelRules.CheckBlockStatus(Status, Date, Evidence, DutchTime.Today(clock)));
        if (Note?.Length > BasicLevelRules.MaxText)
        {
            ModelState.AddModelError(nameof(Note), $"De toelichting is te lang (maximaal {BasicLevelRules.MaxText} tekens).");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var record = Current ?? new MunicipalBuildingBlock { MunicipalityId = municipalityId, BuildingBlockId = blockId };
        var isNew = Current is null;
        if (isNew && Version != 0)
        {
            // The form was for an existing record that has since been removed; treat as a conflict, not a silent insert.
            return ConflictPage();
        }
        record.ChangeStatus(Status!.Value);
        record.Date = Date;
        record.Evidence = Evidence;
        record.Note = Note;
        record.RecordedAt = clock.GetUtcNow();
        record.RecordedByUserId = User.UserId();
        record.RecordedBy = User.ActorName();
        if (isNew)
        {
            db.Add(record);
        }
        else
        {
            db.Entry(record).Property(r => r.Version).OriginalValue = Version;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A stale version, or a colleague who created this record at the same moment.
            db.ChangeTracker.Clear();
            await LoadAsync(municipalityId, blockId);
            return ConflictPage();
        }
        await audit.RecordAsync(isNew ? AuditAction.Create : AuditAction.Update, AuditRecordType.MunicipalBuildingBlock, record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: ct);
        TempData["Message"] = $"Bouwsteen '{Block.Title}' opgeslagen: {BasicLevelLabels.Dutch(record.Status).ToLowerInvariant()}.";
        return Redirect($"/basisniveau/{municipalityId}");
    }

    private PageResult ConflictPage()
    {
        Conflict = true;
        ModelState.Remove(nameof(Version));
        Version = Current?.Version ?? 0;
        ModelState.AddModelError("", FormErrors.Conflict);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int municipalityId, int blockId)
    {
        var ct = HttpContext.RequestAborted;
        var municipality = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == municipalityId && o.Kind == OrganisationKind.Municipality, ct);
        var block = await db.Set<BuildingBlock>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == blockId, ct);
        if (municipality is null || block is null)
        {
            return NotFound();
        }
        if (await HttpContext.Guard().RefuseUnlessAsync(User, new MunicipalityBasicLevel(municipalityId), BasicLevelOperations.Edit,
            Refusal.Forbidden(AuditRecordType.MunicipalBuildingBlock, $"{municipalityId}/{blockId}"), ct) is { } refused)
        {
            return refused;
        }
        Municipality = municipality;
        Block = block;
        Current = await db.Set<MunicipalBuildingBlock>().FirstOrDefaultAsync(c => c.MunicipalityId == municipalityId && c.BuildingBlockId == blockId, ct);
        return null;
    }
}

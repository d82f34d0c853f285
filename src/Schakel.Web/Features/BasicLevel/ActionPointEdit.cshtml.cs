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

namespace Schakel.Web.Features.BasicLevel;

/// <summary>
/// Adds or updates an action point. Without an id it is new: for the municipality in ?gemeente=, or for the region
/// when none is given. An action without owner or term is refused: it would never be followed up.
/// </summary>
[Authorize(Policy = Policies.BasicLevel)]
public sealed class ActionPointEditModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public ActionPoint? Existing { get; private set; }
    public Organisation? Municipality { get; private set; }
    public List<BuildingBlock> Blocks { get; private set; } = [];
    public bool Conflict { get; private set; }

    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Term { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public ActionPointStatus? Status { get; set; } = ActionPointStatus.Open;
    [BindProperty] public string? ToDo { get; set; }
    [BindProperty] public int? BuildingBlockId { get; set; }
    [BindProperty] public int Version { get; set; }

    public string BackUrl => Municipality is null ? "/basisniveau/overzicht" : $"/basisniveau/{Municipality.Id}";

    public async Task<IActionResult> OnGetAsync(int? id, int? gemeente)
    {
        var denied = await LoadAsync(id, gemeente);
        if (denied is not null)
        {
            return denied;
        }
        if (Existing is { } a)
        {
            (Description, Term, Owner, Status, ToDo, BuildingBlockId, Version) = (a.Description, ActionTerm.Display(a.Term), a.Owner, a.Status, a.ToDo, a.BuildingBlockId, a.Version);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? gemeente)
    {
        var ct = HttpContext.RequestAborted;
        var denied = await LoadAsync(id, gemeente);
        if (denied is not null)
        {
            return denied;
        }
        Description = FormErrors.Trimmed(Description);
        Owner = FormErrors.Trimmed(Owner);
        ToDo = FormErrors.Trimmed(ToDo);
        ModelState.AddRuleErrors(BasicLevelRules.CheckActionPoint(Description, Term, Owner, Status));
        if (ToDo?.Length > BasicLevelRules.MaxText)
        {
            ModelState.AddModelError(nameof(ToDo), $"'Nog te doen' is te lang (maximaal {BasicLevelRules.MaxText} tekens).");
        }
        if (BuildingBlockId is { } blockId && Blocks.All(b => b.Id != blockId))
        {
            ModelState.AddModelError(nameof(BuildingBlockId), "Kies een bouwsteen uit de lijst.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var term = ActionTerm.Parse(Term)!;
        var now = clock.GetUtcNow();
        var point = Existing ?? new ActionPoint
        {
            MunicipalityId = Municipality?.Id, Description = "", Term = "", Owner = "", CreatedAt = now, RecordedBy = User.ActorName(),
        };
        point.Description = Description!;
        point.Term = term.Text;
        point.DueBy = term.DueBy;
        point.Owner = Owner!;
        point.ChangeStatus(Status!.Value);
        point.ToDo = ToDo;
        point.BuildingBlockId = BuildingBlockId;
        if (Existing is null)
        {
            db.Add(point);
        }
        else
        {
            point.UpdatedAt = now;
            db.Entry(point).Property(p => p.Version).OriginalValue = Version;
        }
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            await LoadAsync(id, gemeente);
            Conflict = true;
            ModelState.Remove(nameof(Version));
            Version = Existing?.Version ?? 0;
            ModelState.AddModelError("", FormErrors.Conflict);
            return Page();
        }
        await audit.RecordAsync(Existing is null ? AuditAction.Create : AuditAction.Update, AuditRecordType.ActionPoint, point.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: ct);
        TempData["Message"] = Existing is null ? "Actiepunt toegevoegd." : "Actiepunt opgeslagen.";
        return Redirect(BackUrl);
    }

    private async Task<IActionResult?> LoadAsync(int? id, int? gemeente)
    {
        var ct = HttpContext.RequestAborted;
        int? municipalityId;
        if (id is { } existingId)
        {
            Existing = await db.Set<ActionPoint>().FirstOrDefaultAsync(a => a.Id == existingId, ct);
            if (Existing is null)
            {
                return NotFound();
            }
            municipalityId = Existing.MunicipalityId;
        }
        else
        {
            municipalityId = gemeente;
        }
        if (municipalityId is { } m)
        {
            Municipality = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == m && o.Kind == OrganisationKind.Municipality, ct);
            if (Municipality is null)
            {
                return NotFound();
            }
        }
        if (await HttpContext.Guard().RefuseUnlessAsync(User, new ActionPointOwner(municipalityId), BasicLevelOperations.Edit,
            Refusal.Forbidden(AuditRecordType.ActionPoint, id?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct) is { } refused)
        {
            return refused;
        }
        Blocks = await StateOfAffairs.ActiveBlocksAsync(db, ct);
        return null;
    }
}

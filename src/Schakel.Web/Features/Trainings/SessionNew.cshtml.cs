using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Core.BasicLevel;
using Schakel.Core.Organisations;
using Schakel.Web.Features.BasicLevel;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Trainings;

/// <summary>
/// Records a session that was held. Municipal staff record for their own municipality; the chain director for partners.
/// A session without target group is refused, because the overview counts per target group.
/// </summary>
[Authorize(Policy = Policies.BasicLevel)]
public sealed class SessionNewModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public List<Organisation> Organisations { get; private set; } = [];
    public List<Training> Catalogue { get; private set; } = [];

    [BindProperty] public int? OrganisationId { get; set; }
    [BindProperty] public int? TrainingId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public string? TargetGroup { get; set; }
    [BindProperty] public int? Reached { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(int? organisatie)
    {
        var denied = await LoadAsync();
        if (denied is not null)
        {
            return denied;
        }
        if (organisatie is { } o && Organisations.All(x => x.Id != o))
        {
            return Forbid();
        }
        OrganisationId = organisatie ?? (Organisations.Count == 1 ? Organisations[0].Id : null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var denied = await LoadAsync();
        if (denied is not null)
        {
            return denied;
        }
        Title = FormErrors.Trimmed(Title);
        Note = FormErrors.Trimmed(Note);
        var organisation = Organisations.FirstOrDefault(o => o.Id == OrganisationId);
        if (OrganisationId is { } requested && organisation is null)
        {
            // Posting for an organisation outside one's own is not a typo to correct but a refused request.
            if (await HttpContext.Guard().RefuseUnlessAsync(User, !await db.Organisations.AnyAsync(o => o.Id == requested, ct),
                Refusal.Forbidden(AuditRecordType.TrainingSession, null, $"organisatie {requested}"), ct) is { } refused)
            {
                return refused;
            }
            ModelState.AddModelError(nameof(OrganisationId), "Kies de gemeente of partner uit de lijst.");
        }
        else if (organisation is null)
        {
            ModelState.AddModelError(nameof(OrganisationId), "Kies de gemeente of partner waar de sessie is gehouden.");
        }
        if (TrainingId is { } t && Catalogue.All(x => x.Id != t))
        {
            ModelState.AddModelError(nameof(TrainingId), "Kies een training uit de catalogus.");
        }
        if (Title?.Length > 200)
        {
            ModelState.AddModelError(nameof(Title), "De naam van de training is te lang (maximaal 200 tekens).");
        }
        if (Note?.Length > BasicLevelRules.MaxText)
        {
            ModelState.AddModelError(nameof(Note), $"De toelichting is te lang (maximaal {BasicLevelRules.MaxText} tekens).");
        }
        ModelState.AddRuleErrors(BasicLevelRules.CheckSession(Date, TargetGroup, Reached, TrainingId is not null, Title, DutchTime.Today(clock)));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var session = new TrainingSession
        {
            OrganisationId = organisation!.Id, TrainingId = TrainingId, Title = TrainingId is null ? Title : null, Date = Date!.Value,
            TargetGroup = TargetGroup!, Reached = Reached!.Value, Note = Note, RecordedBy = User.ActorName(), CreatedAt = clock.GetUtcNow(),
        };
        db.Add(session);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Create, AuditRecordType.TrainingSession, session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: ct);
        TempData["Message"] = $"Trainingssessie vastgelegd: {session.Reached} mensen bereikt ({TargetGroups.Label(session.TargetGroup)}).";
        return Redirect(organisation.IsMunicipality ? $"/basisniveau/{organisation.Id}" : "/trainingen");
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var own = User.OrganisationId();
        if (own is { } o && await HttpContext.Guard().AllowsAsync(User, new MunicipalityBasicLevel(o), BasicLevelOperations.Edit))
        {
            Organisations.AddRange(await db.Organisations.AsNoTracking().Where(x => x.Id == o && x.Kind == OrganisationKind.Municipality).ToListAsync(ct));
        }
        if (User.IsInRole(Roles.ChainDirector))
        {
            Organisations.AddRange(await db.Organisations.AsNoTracking().Where(x => x.Kind != OrganisationKind.Municipality && x.Active).OrderBy(x => x.Name).ToListAsync(ct));
        }
        if (Organisations.Count == 0)
        {
            return Forbid();
        }
        Catalogue = await db.Set<Training>().AsNoTracking().Where(t => t.Active).OrderBy(t => t.Name).ToListAsync(ct);
        return null;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals;

[Authorize(Policy = Policies.FileSignals)]
public sealed class NewModel(SchakelDb db, SignalIntake intake, TimeProvider clock) : SignalFormPage(db, clock)
{
    public override bool IsPublic => false;

    /// <summary>Set when an attention officer enters a signal from a phone call.</summary>
    [BindProperty]
    public bool ByPhone { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Draft.MunicipalityId ??= User.IsInRole(Core.Accounts.Roles.AttentionOfficer) ? User.OrganisationId() : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!ValidateDraft())
        {
            Assess();
            return Page();
        }
        var result = await intake.CreateAsync(Draft, new IntakeSource(ByPhone ? IntakeChannel.Phone : IntakeChannel.App,
            User.ActorName(), User.UserId(), User.OrganisationId()), HttpContext.RequestAborted);
        TempData["Message"] = $"{SignalLabels.Dutch(result.Signal.Kind)} {result.Signal.Reference} is ontvangen en staat in de wachtrij van de gemeente.";
        var reads = await HttpContext.Guard().AllowsAsync(User, new SignalInScope(result.Signal, await AccessScope.LoadAsync(Db, User, HttpContext.RequestAborted)), SignalOperations.Read);
        return !reads ? RedirectToPage("/Signals/Mine") : RedirectToPage("/Signals/Detail", new { reference = result.Signal.Reference });
    }
}

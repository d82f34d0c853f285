using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>One entry point: the region sees the overview, a municipality's own staff land on their checklist.</summary>
[Authorize(Roles = AccessPolicy.BasicLevelRoles)]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (AccessPolicy.SeesBasicLevelOverview(User))
        {
            return Redirect("/basisniveau/overzicht");
        }
        return User.OrganisationId() is { } org && AccessPolicy.EditsBasicLevelOf(User, org) ? Redirect($"/basisniveau/{org}") : Forbid();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>One entry point: the region sees the overview, a municipality's own staff land on their checklist.</summary>
[Authorize(Policy = Policies.BasicLevel)]
public sealed class IndexModel : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (await HttpContext.Guard().AllowsAsync(User, Policies.BasicLevelOverview))
        {
            return Redirect("/basisniveau/overzicht");
        }
        return User.OrganisationId() is { } org && await HttpContext.Guard().AllowsAsync(User, new MunicipalityBasicLevel(org), BasicLevelOperations.Edit)
            ? Redirect($"/basisniveau/{org}") : Forbid();
    }
}

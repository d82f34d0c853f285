using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>The region's state of affairs as boards get it: municipalities against building blocks, with the dates.</summary>
[Authorize(Policy = Policies.BasicLevelOverview)]
public sealed class OverviewModel(StateOfAffairs state) : PageModel
{
    public StateOfAffairsData Data { get; private set; } = null!;
    public bool CanEditRegionalActions { get; private set; }

    public async Task OnGetAsync()
    {
        Data = await state.LoadAsync(HttpContext.RequestAborted);
        CanEditRegionalActions = await HttpContext.Guard().AllowsAsync(User, new ActionPointOwner(null), BasicLevelOperations.Edit);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Schakel.Web.Features.Privacy;

[Authorize(Policy = Infrastructure.Security.Policies.Privacy)]
public sealed class RetentionModel(RetentionJob job, CaseRetention cases, RetentionOptions options) : PageModel
{
    public RetentionOptions Options => options;
    public List<RetentionCandidate> Plan { get; private set; } = [];
    public int AdsDue { get; private set; }
    public List<CaseRetentionCandidate> Cases { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Plan = await job.PlanAsync(HttpContext.RequestAborted);
        AdsDue = await job.AdsDue().CountAsync(HttpContext.RequestAborted);
        Cases = await cases.PlanAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var count = await job.ApplyAsync(User, HttpContext.RequestAborted);
        TempData["Message"] = $"Persoonsgegevens verwijderd uit {count} afgesloten melding(en), zaken en advertentie(s). De anonieme telling blijft bewaard.";
        return RedirectToPage();
    }
}

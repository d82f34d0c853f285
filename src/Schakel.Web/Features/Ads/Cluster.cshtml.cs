using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Ads;

/// <summary>One cluster: its network as a picture and as a table, its ads, and the review of the cluster as a whole.</summary>
[Authorize(Policy = Policies.AdScreening)]
public sealed class ClusterModel(SchakelDb db, AdReviews reviews, AuditLog audit) : PageModel
{
    public StoredAdCluster Cluster { get; private set; } = null!;
    public List<StoredAd> Ads { get; private set; } = [];
    public ClusterGraph Graph { get; private set; } = null!;
    public List<AdReview> History { get; private set; } = [];
    public bool Conflict { get; private set; }

    [BindProperty] public AdOutcome? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Version = Cluster.Version;
        Outcome = Cluster.Outcome;
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.AdCluster, id.ToString(CultureInfo.InvariantCulture), details: $"{Ads.Count} advertenties", cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        if (Outcome is not { } outcome || !Enum.IsDefined(outcome) || outcome == AdOutcome.Signal)
        {
            ModelState.AddModelError(nameof(Outcome), "Kies een uitkomst van de beoordeling.");
        }
        if (Note?.Length > 2000)
        {
            ModelState.AddModelError(nameof(Note), "De toelichting is langer dan 2000 tekens.");
        }
        if (ModelState.ErrorCount > 0)
        {
            return await RedisplayAsync(id, StatusCodes.Status400BadRequest);
        }
        var result = await reviews.ReviewClusterAsync(id, Outcome!.Value, Note, Version, User, ct);
        switch (result)
        {
            case ReviewResult.NotFound:
                return NotFound();
            case ReviewResult.Conflict:
                Conflict = true;
                ModelState.AddModelError(nameof(Version), StaleSave.Message("dit cluster"));
                return await RedisplayAsync(id, StatusCodes.Status409Conflict);
            default:
                TempData["Saved"] = $"Cluster beoordeeld: {AdLabels.Dutch(Outcome.Value)}.";
                return RedirectToPage(new { id });
        }
    }

    public async Task<IActionResult> OnPostSignalAsync(int id)
    {
        if (Note?.Length > 2000)
        {
            ModelState.AddModelError(nameof(Note), "De toelichting is langer dan 2000 tekens.");
            return await RedisplayAsync(id, StatusCodes.Status400BadRequest);
        }
        var (result, reference) = await reviews.MakeClusterSignalAsync(id, Note, Version, User, HttpContext.RequestAborted);
        switch (result)
        {
            case ReviewResult.NotFound:
                return NotFound();
            case ReviewResult.Conflict:
                Conflict = true;
                return await RedisplayAsync(id, StatusCodes.Status409Conflict);
            default:
                TempData["Saved"] = $"Melding {reference} voor het hele cluster gemaakt en in de wachtrij van de gemeente gezet.";
                return RedirectToPage(new { id });
        }
    }

    private async Task<IActionResult> RedisplayAsync(int id, int status)
    {
        var (outcome, note) = (Outcome, Note);
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        // The user's own choice and note stay in the form; the version becomes the current one so a deliberate re-save works.
        (Outcome, Note) = (outcome, note);
        ModelState.Remove(nameof(Version));
        if (Conflict)
        {
            ModelState.AddModelError(nameof(Version), StaleSave.Message("dit cluster"));
        }
        Version = Cluster.Version;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var cluster = await db.Set<StoredAdCluster>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null)
        {
            return false;
        }
        Cluster = cluster;
        Ads = await db.Set<StoredAd>().AsNoTracking().Where(a => a.ClusterKey == cluster.Key)
            .OrderByDescending(a => a.RiskScore).ThenBy(a => a.AdId).ToListAsync(ct);
        Graph = ClusterGraph.Build(Ads);
        History = await db.Set<AdReview>().AsNoTracking().Where(r => r.ClusterId == id).OrderByDescending(r => r.At).ToListAsync(ct);
        return true;
    }
}

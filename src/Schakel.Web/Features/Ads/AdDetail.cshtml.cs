using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Ads;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Ads;

/// <summary>One ad: why it scored as it did (with the profile version that scored it), its review, and "make a signal".</summary>
[Authorize(Policy = Policies.AdScreening)]
public sealed class AdDetailModel(SchakelDb db, AdReviews reviews, AuditLog audit) : PageModel
{
    public StoredAd Ad { get; private set; } = null!;
    public StoredAdCluster? Cluster { get; private set; }
    public List<IndicatorDefinition> Fired { get; private set; } = [];
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
        Version = Ad.Version;
        Outcome = Ad.Outcome;
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.Ad, id.ToString(CultureInfo.InvariantCulture), cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
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
        var result = await reviews.ReviewAdAsync(id, Outcome!.Value, Note, Version, User, HttpContext.RequestAborted);
        return await AfterAsync(id, result, $"Advertentie beoordeeld: {AdLabels.Dutch(Outcome.Value)}.");
    }

    public async Task<IActionResult> OnPostSignalAsync(int id)
    {
        if (Note?.Length > 2000)
        {
            ModelState.AddModelError(nameof(Note), "De toelichting is langer dan 2000 tekens.");
            return await RedisplayAsync(id, StatusCodes.Status400BadRequest);
        }
        var (result, reference) = await reviews.MakeSignalAsync(id, Note, Version, User, HttpContext.RequestAborted);
        return await AfterAsync(id, result, $"Melding {reference} gemaakt en in de wachtrij van de gemeente gezet.");
    }

    private async Task<IActionResult> AfterAsync(int id, ReviewResult result, string message)
    {
        switch (result)
        {
            case ReviewResult.NotFound:
                return NotFound();
            case ReviewResult.Conflict:
                Conflict = true;
                return await RedisplayAsync(id, StatusCodes.Status409Conflict);
            default:
                TempData["Saved"] = message;
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
        (Outcome, Note) = (outcome, note);
        ModelState.Remove(nameof(Version));
        if (Conflict)
        {
            ModelState.AddModelError(nameof(Version), StaleSave.Message("deze advertentie"));
        }
        Version = Ad.Version;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var ad = await db.Set<StoredAd>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.AnonymisedAt == null, ct);
        if (ad is null)
        {
            return false;
        }
        Ad = ad;
        Cluster = await db.Set<StoredAdCluster>().AsNoTracking().FirstOrDefaultAsync(c => c.Key == ad.ClusterKey, ct);
        // Explained with the profile version that produced the score, not with today's weights.
        var json = await db.Set<AdProfileVersion>().Where(v => v.Version == ad.ProfileVersion).Select(v => v.Json).FirstOrDefaultAsync(ct);
        var profile = json is null ? RiskProfile.Default : RiskProfile.FromJson(json);
        var codes = ad.Indicators.Split(';', StringSplitOptions.RemoveEmptyEntries);
        Fired = profile.Indicators.Where(i => codes.Contains(i.Code)).ToList();
        History = await db.Set<AdReview>().AsNoTracking().Where(r => r.AdId == id).OrderByDescending(r => r.At).ToListAsync(ct);
        return true;
    }
}

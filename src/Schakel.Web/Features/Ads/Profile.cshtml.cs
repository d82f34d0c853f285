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

/// <summary>
/// The risk profile in force with every indicator's rationale, source and evidence, its history of versions, and for the
/// administrator a form to change weights and the flag threshold. A change stores a new version and rescores the set.
/// </summary>
[Authorize(Policy = Policies.AdProfile)]
public sealed class ProfileModel(SchakelDb db, AdScreening screening, AuditLog audit, TimeProvider clock) : PageModel
{
    public RiskProfile Profile { get; private set; } = null!;
    public string CurrentVersion { get; private set; } = "";
    public List<AdProfileVersion> Versions { get; private set; } = [];
    public bool CanEdit { get; private set; }

    /// <summary>The version the administrator started editing from; a different current version means someone saved in between.</summary>
    [BindProperty] public string? BasedOn { get; set; }
    [BindProperty] public string? Threshold { get; set; }
    [BindProperty] public Dictionary<string, string?> Weights { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        BasedOn = CurrentVersion;
        Threshold = Profile.FlagThreshold.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL"));
        Weights = Profile.Indicators.ToDictionary(i => i.Code, i => (string?)i.Weight.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL")));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await HttpContext.Guard().AllowsAsync(User, Policies.AdProfileEdit))
        {
            return Forbid();
        }
        var ct = HttpContext.RequestAborted;
        await LoadAsync();
        if (BasedOn != CurrentVersion)
        {
            ModelState.AddModelError(nameof(BasedOn), StaleSave.Message($"het profiel (nu versie {CurrentVersion})"));
            BasedOn = CurrentVersion;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var threshold = ParseUnit(Threshold, "Threshold", "De drempel");
        if (threshold == 0)
        {
            ModelState.AddModelError("Threshold", "De drempel moet groter zijn dan 0.");
        }
        var indicators = new List<IndicatorDefinition>();
        foreach (var indicator in Profile.Indicators)
        {
            var weight = ParseUnit(Weights.GetValueOrDefault(indicator.Code), "Weights[" + indicator.Code + "]", $"Het gewicht van '{indicator.Label}'");
            indicators.Add(indicator with { Weight = weight ?? indicator.Weight });
        }
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Geef aan waarom het profiel verandert; dat wordt bij de versie bewaard.");
        }
        else if (Reason.Length > 1000)
        {
            ModelState.AddModelError(nameof(Reason), "De reden is langer dan 1000 tekens.");
        }
        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var version = await AdProfiles.NextVersionAsync(db, clock, ct);
        var profile = Profile with { Version = version, FlagThreshold = threshold!.Value, Indicators = indicators };
        profile.Validate();
        db.Set<AdProfileVersion>().Add(new AdProfileVersion
        {
            Version = version, Json = profile.ToJson(), CreatedAt = clock.GetUtcNow(), CreatedBy = User.DisplayName_(), Reason = Reason!.Trim(),
        });
        await db.SaveChangesAsync(ct);
        await screening.RescoreAsync(ct);
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.AdProfile, version, details: Reason.Trim(), cancellationToken: ct);
        TempData["Saved"] = $"Nieuwe profielversie {version} opgeslagen; alle advertenties zijn opnieuw gescoord.";
        return RedirectToPage();
    }

    private double? ParseUnit(string? text, string key, string what)
    {
        if (double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }
        ModelState.AddModelError(key, $"{what} moet een getal tussen 0 en 1 zijn, bijvoorbeeld 0,25.");
        return null;
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        CanEdit = await HttpContext.Guard().AllowsAsync(User, Policies.AdProfileEdit);
        var (row, profile) = await AdProfiles.CurrentAsync(db, clock, ct);
        Profile = profile;
        CurrentVersion = row.Version;
        Versions = await db.Set<AdProfileVersion>().AsNoTracking().OrderByDescending(v => v.Id).ToListAsync(ct);
    }
}

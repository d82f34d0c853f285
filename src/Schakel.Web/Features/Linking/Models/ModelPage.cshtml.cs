using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Core.Linking;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Linking.Models;

/// <summary>
/// The own region's linking model for the chain director: the active version (or an earlier one), what it was learned
/// from, m, u and weight per field and level, and the version history. It shows parameters, never the names behind
/// the term frequencies.
/// </summary>
[Authorize(Policy = Policies.LinkAssessment)]
public sealed class ModelPageModel(SchakelDb db, ModelEstimation estimation, AuditLog audit) : PageModel
{
    public string RegionName { get; private set; } = "";

    /// <summary>The version shown; null while the region has none and the default model scores.</summary>
    public LinkModelVersion? Version { get; private set; }
    public LinkModel LinkModel { get; private set; } = DefaultModel.Instance;
    public bool IsActive { get; private set; }
    public IReadOnlyList<LinkModelVersion> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        var ct = HttpContext.RequestAborted;
        if (await OwnRegionAsync() is not { } region)
        {
            return NotFound();
        }
        History = await db.Set<LinkModelVersion>().AsNoTracking().Where(v => v.RegionId == region).OrderByDescending(v => v.Number)
            .Select(v => new LinkModelVersion
            {
                Id = v.Id, RegionId = v.RegionId, Number = v.Number, ModelId = v.ModelId, EstimatedAt = v.EstimatedAt, EstimatedBy = v.EstimatedBy,
                Subjects = v.Subjects, RandomPairs = v.RandomPairs, BlockedPairs = v.BlockedPairs, Iterations = v.Iterations,
                Converged = v.Converged, ExpectedMatches = v.ExpectedMatches,
            }).ToListAsync(ct);
        // An id of another region's version answers as if it did not exist.
        Version = id is null ? (History.Count > 0 ? History[0] : null) : History.FirstOrDefault(v => v.Id == id);
        if (id is not null && Version is null)
        {
            return NotFound();
        }
        IsActive = Version is null || Version.Id == History[0].Id;
        LinkModel = Version is null ? DefaultModel.Instance : await RegionModels.LoadAsync(db, Version.ModelId, ct) ?? DefaultModel.Instance;
        RegionName = await db.Regions.Where(r => r.Id == region).Select(r => r.Name).SingleAsync(ct);
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.LinkModel, Version?.Id.ToString(CultureInfo.InvariantCulture),
            details: $"regio {region}, model {LinkModel.Id}", cancellationToken: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEstimateAsync()
    {
        if (await OwnRegionAsync() is not { } region)
        {
            return NotFound();
        }
        var outcome = await estimation.EstimateAsync(region, User, HttpContext.RequestAborted);
        TempData["Message"] = outcome.Active is null
            ? "Te weinig personen in de regio om een model te schatten; Schakel gebruikt het standaardmodel."
            : outcome.Stored
                ? $"Nieuw model geschat: versie {outcome.Active.Number}. {outcome.Rescored} kandidaat-koppeling(en) opnieuw gescoord."
                : $"Het model is niet veranderd (versie {outcome.Active.Number} blijft actief). {outcome.Rescored} kandidaat-koppeling(en) opnieuw gescoord.";
        return RedirectToPage(new { id = (int?)null });
    }

    private async Task<int?> OwnRegionAsync() => (await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted)).OwnRegionId;
}

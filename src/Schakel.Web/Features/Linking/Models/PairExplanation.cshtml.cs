using Schakel.Web.Infrastructure.Security;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Core.Linking;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Linking.Models;

/// <summary>
/// How one pair's score came about, recomputed on request from the two stored persons with the model that made the
/// link's score, so the chain director can check every step before deciding.
/// </summary>
[Authorize(Policy = Policies.LinkAssessment)]
public sealed class PairExplanationModel(SchakelDb db, AuditLog audit) : PageModel
{
    public LinkPair Pair { get; private set; } = null!;
    public ScoreWaterfall Waterfall { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var link = await db.Set<SubjectLink>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (link is null)
        {
            return NotFound();
        }
        var visible = await LinkVisibility.LoadAsync(db, User, ct);
        if (!await visible.ShowsAsync(link, ct))
        {
            // A pair reaching outside the own region answers as if it did not exist.
            return NotFound();
        }
        var sides = await LinkSide.LoadAsync(db, [link.SubjectAId, link.SubjectBId], await ReferenceSnapshot.LoadAsync(db, ct), ct);
        Pair = new LinkPair(link, sides[link.SubjectAId], sides[link.SubjectBId]);
        var stored = await RegionModels.LoadAsync(db, link.ModelId, ct);
        var model = stored ?? DefaultModel.Instance;
        var version = stored is null || stored == DefaultModel.Instance ? null : await db.Set<LinkModelVersion>().AsNoTracking()
            .Where(v => v.ModelId == model.Id).OrderBy(v => v.Id)
            .Select(v => new LinkModelVersion { Id = v.Id, RegionId = v.RegionId, Number = v.Number, ModelId = v.ModelId, EstimatedAt = v.EstimatedAt })
            .FirstOrDefaultAsync(ct);
        var explanation = model.Explain(SubjectRecords.Features(Pair.A.Subject), SubjectRecords.Features(Pair.B.Subject));
        Waterfall = new ScoreWaterfall(explanation, version, stored is not null);
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.SubjectLink, id.ToString(CultureInfo.InvariantCulture),
            details: $"uitleg score met {model.Id}", subjects: [link.SubjectAId, link.SubjectBId], cancellationToken: ct);
        return Page();
    }
}
